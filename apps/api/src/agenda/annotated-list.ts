import { BODY_NAMES, ordinalWord } from '@mandate-tracker/resolution-parser';
import {
  MAIN_COMMITTEE_LABELS,
  MAIN_COMMITTEES,
  PERIODICITY_LABELS,
  UNALLOCATED_LABEL,
  type AgendaItemView,
  type AnnotatedListItemView,
  type AnnotatedListSectionView,
  type AnnotatedListView,
  type ExpectedDocumentView,
  type MainCommittee,
} from '@mandate-tracker/contracts';
import type { Body } from '../generated/prisma/enums';

/** Session numbers past 999 (none yet) are written in figures. */
const ordinal = (n: number): string => (n >= 1 && n <= 999 ? ordinalWord(n) : `${n}th`);

/** Resolutions are cited as the Assembly cites them: "resolution 78/70", not "A/RES/78/70". */
export const citation = (symbol: string): string => symbol.replace(/^A\/RES\//, '').replace(/^[A-Z][A-Z/]*\/RES\//, '');

function cited(symbols: string[]): string {
  const list = symbols.map(citation);
  if (list.length === 1) return `resolution ${list[0]}`;
  return `resolutions ${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** "The item was included in the agenda of the forty-eighth session … considered biennially since the sixtieth session." */
export function historyText(item: AgendaItemView): string {
  const past = item.history.filter((h) => h.session < item.session);
  const first = past[0];
  const last = past[past.length - 1];
  if (!first || !last) return 'The item has not been considered before.';
  const firstCited = first.resolutionSymbols.length > 0 ? ` (${cited(first.resolutionSymbols)})` : '';
  const sentences = [`The item was included in the agenda of the ${ordinal(first.session)} session${firstCited}.`];
  if (item.periodicity !== 'IRREGULAR' && item.rhythmSince !== null) {
    const how = PERIODICITY_LABELS[item.periodicity].toLowerCase().replace(/l$/, 'lly');
    sentences.push(
      item.rhythmSince === first.session
        ? `It has been considered ${how} since then.`
        : `It has been considered ${how} since the ${ordinal(item.rhythmSince)} session.`,
    );
  }
  if (last !== first) {
    const lastCited = last.resolutionSymbols.length > 0 ? ` (${cited(last.resolutionSymbols)})` : '';
    sentences.push(`It was last considered at the ${ordinal(last.session)} session${lastCited}.`);
  }
  return sentences.join(' ');
}

/** "In accordance with resolution 78/70, paragraph 22", every mandating paragraph named. */
export function mandateText(item: AgendaItemView): string {
  if (item.forecast) {
    return 'Expected, not yet mandated: the item has come back on a regular rhythm, but no resolution has yet decided to include it in the provisional agenda of this session.';
  }
  const parts = item.mandates.map((m) => `resolution ${citation(m.resolutionSymbol)}, paragraph ${m.paragraphRef}`);
  const subParts = item.subItems.flatMap((sub) =>
    sub.mandates.map((m) => `resolution ${citation(m.resolutionSymbol)}, paragraph ${m.paragraphRef}`),
  );
  const all = [...new Set([...parts, ...subParts])];
  if (all.length === 0) return '';
  return `In accordance with ${all.length === 1 ? all[0] : `${all.slice(0, -1).join('; ')} and ${all[all.length - 1]}`}.`;
}

/** "Report of the Secretary-General (resolution 78/70, para. 21)", with the symbols already issued. */
export function documentText(document: ExpectedDocumentView): string {
  const actor = document.actor.replace(/^the /i, '');
  const issued = document.documents.filter((d) => d.relation === 'FULFILS').map((d) => d.symbol);
  const source = `resolution ${citation(document.resolutionSymbol)}, para. ${document.paragraphRef}`;
  return `Report of the ${actor} (${source})${issued.length > 0 ? `: ${issued.join(', ')}` : ''}`;
}

function listItemOf(item: AgendaItemView, number: number): AnnotatedListItemView {
  const documents = [item, ...item.subItems].flatMap((entry) => entry.expectedDocuments);
  return {
    number,
    title: item.title,
    subItems: item.subItems.map((sub) => sub.title),
    history: historyText(item),
    mandate: mandateText(item),
    documentation: [...new Set(documents.map(documentText))],
    forecast: item.forecast,
  };
}

/** The draft of A/NN/100 for one session: items in order of allocation, the plenary first, numbered throughout. */
export function annotatedListOf(body: Body, session: number, items: AgendaItemView[]): AnnotatedListView {
  const order: (MainCommittee | null)[] = [...MAIN_COMMITTEES, null];
  let number = 0;
  const sections: AnnotatedListSectionView[] = [];
  for (const allocation of order) {
    const here = items.filter((item) => item.session === session && item.allocation === allocation);
    if (here.length === 0) continue;
    sections.push({
      allocation,
      heading: allocation === null ? UNALLOCATED_LABEL : MAIN_COMMITTEE_LABELS[allocation],
      items: here.map((item) => listItemOf(item, ++number)),
    });
  }
  return {
    body,
    session,
    title: `Annotated preliminary list of items to be included in the provisional agenda of the ${ordinal(session)} session of the ${BODY_NAMES[body]}`,
    sections,
  };
}

/**
 * Obligations: every action an operative paragraph asks of an actor. Each clause opened by an asking verb
 * gives one obligation per distinct kind of action ("to continue ... and to report" gives a task and a report);
 * "decides" gives agenda items, meetings and "that ... shall" duties.
 */
import { BODY_NAMES } from '../bodies';
import { gaSessionYear } from '../sessions';
import type { ExtractedObligation, ParsedParagraph, ParsedResolution, ParseOptions, ParseWarning } from '../types';
import type { Actor } from './actors';
import { askingCandidates, type Candidate } from './asking';
import { clauseText, splitClauses } from './clauses';
import { agendaTitleOf, dueDateOf, dueSessionOf, firstPeriodicDate, recipientOf, recurrenceOf, type DueContext } from './due';
import { decideObligation } from './decides';
import { kindOf } from './kind';
import { mandatePeriodOf } from './mandate-period';

interface Outcome {
  obligations: ExtractedObligation[];
  warnings: ParseWarning[];
}

function contextOf(parsed: ParsedResolution, options: ParseOptions): DueContext {
  const body = parsed.body ?? 'GENERAL_ASSEMBLY';
  const reference = parsed.adoptedOn ?? options.adoptedOn ?? null;
  let floor = reference;
  if (floor === null && parsed.session !== null && body === 'GENERAL_ASSEMBLY') floor = `${gaSessionYear(parsed.session)}-01-01`;
  return { body, session: parsed.session, reference, floor };
}

function keep(c: Candidate, options: ParseOptions): boolean {
  if (c.strength === 'mandatory') return true;
  return options.includeHortatoryCallsOnStates === true || c.actor.category === 'SG' || c.actor.category === 'UN';
}

function finalise(c: Candidate, p: ParsedParagraph, rank: number, ctx: DueContext, warnings: ParseWarning[]): ExtractedObligation {
  const dueText = ` ${c.dueText} `;
  const session = c.fixedDue !== undefined ? (c.fixedDue.session ?? null) : dueSessionOf(dueText, ctx, c.actor.name);
  const due =
    c.fixedDue !== undefined
      ? { date: c.fixedDue.date, relative: c.fixedDue.relative, unresolved: c.fixedDue.relative && c.fixedDue.date === null }
      : dueDateOf(dueText, ctx);
  const recurrence = recurrenceOf(dueText);
  // "every six months thereafter" counts from an earlier deadline, not from adoption.
  const dueDate = due.date ?? (/\bthereafter\b/.test(dueText) ? null : firstPeriodicDate(recurrence, ctx));
  let confidence = c.confidence;
  if (due.unresolved) {
    confidence -= 0.2;
    warnings.push({
      code: 'RELATIVE_DUE_WITHOUT_DATE',
      message: `paragraph ${p.ref}: a period counted from adoption, but the adoption date is unknown`,
    });
  } else if (due.relative || (due.date === null && dueDate !== null)) {
    confidence -= 0.05;
  }
  if (c.kind === 'AGENDA_ITEM' && session === null) confidence -= 0.2;
  const agendaItemTitle = c.agendaTitle !== undefined ? c.agendaTitle : agendaTitleOf(c.action);
  return {
    eId: `${p.eId}__obligation_${rank}`,
    paragraph: p.ref,
    paragraphEId: p.eId,
    kind: c.kind,
    strength: c.strength,
    verb: c.verb,
    actor: c.actor.name,
    recipient: c.kind === 'REPORT' ? recipientOf(c.action, ctx.body) : null,
    dueBody: session?.body ?? null,
    dueSession: session?.session ?? null,
    dueDate,
    recurrence,
    agendaItemTitle,
    quote: c.quote,
    confidence: Math.max(0.1, Math.min(0.99, Math.round(confidence * 100) / 100)),
  };
}

/**
 * First-level sub-paragraphs right after a paragraph whose chapeau ends in "to:"; they receive the
 * chapeau's verb and actor. Sub-paragraphs follow their paragraph, so the scan stops at the first other.
 */
function childrenOf(paragraphs: ParsedParagraph[], index: number): ParsedParagraph[] {
  const p = paragraphs[index]!;
  const out: ParsedParagraph[] = [];
  for (let i = index + 1; i < paragraphs.length; i++) {
    const q = paragraphs[i]!;
    if (q.number !== p.number || q.subParagraph === null) break;
    if (q.eId.startsWith(`${p.eId}__`) && !q.eId.slice(p.eId.length + 2).includes('__list_1__point_')) out.push(q);
  }
  return out;
}

const OWN_DUE = /\bsessions?\b|\b(by|before|no later than|not later than|within|every)\s+[0-9a-z]/;

/**
 * Lettered items after "report on the following:" are separate deliverables when they carry their own
 * deadline or open with an infinitive ("(a) To convene ..."); items that only list what one report holds
 * ("(a) An analysis of ...") are not.
 */
function separateDeliverables(children: ParsedParagraph[]): boolean {
  const own = children.filter((c) => OWN_DUE.test(c.text) || /^(To|to) [a-z]/.test(c.text)).length;
  return own >= 2 && own * 2 >= children.length;
}

const OTHER_COUNCIL = /\b(Human Rights|Security|Economic and Social|Trusteeship) Council\b/g;

/** The last Council other than the adopting organ named in `text`, else `previous`. */
function lastOtherCouncil(text: string, ownName: string, previous: string | null): string | null {
  let found = previous;
  OTHER_COUNCIL.lastIndex = 0;
  for (let m = OTHER_COUNCIL.exec(text); m !== null; m = OTHER_COUNCIL.exec(text)) if (m[0] !== ownName) found = m[0];
  return found;
}

/** "shall, inter alia:" asks nothing itself: what follows the colon does. */
function isChapeau(action: string): boolean {
  return action.replace(/\binter alia\b|[,:;\s]/g, '') === '';
}

/**
 * "Authorizes X to continue ... for a period of three months" (or "until 15 July 1996"): the authorization runs
 * out then, a MANDATE_RENEWAL of the adopting organ beside X's task.
 */
function authorizationPeriod(candidates: Candidate[], clause: string, ctx: DueContext): Candidate | null {
  const first = candidates[0];
  if (first === undefined || first.action === '') return null;
  const period = mandatePeriodOf(`to ${first.action}`, ctx.reference, true);
  if (period === null || !/^to (?:[a-z]+ly )?(continue|extend|renew|maintain)\b/.test(`to ${first.action.toLowerCase()}`)) return null;
  const self = { name: BODY_NAMES[ctx.body], category: 'UN' as const, pronoun: false };
  const session = period.endSession === undefined ? null : { session: period.endSession, body: ctx.body };
  return {
    ...first,
    kind: 'MANDATE_RENEWAL',
    strength: 'mandatory',
    actor: self,
    dueText: '',
    quote: clause,
    fixedDue: { date: period.endDate, relative: period.relative, session },
    confidence: 0.8,
  };
}

/** Real paragraphs hold a handful of obligations and resolutions a few dozen; more means hostile input. */
const MAX_PER_PARAGRAPH = 40;
const MAX_OBLIGATIONS = 2000;

export function extractObligationsWithWarnings(parsed: ParsedResolution, options: ParseOptions = {}): Outcome {
  const ctx = contextOf(parsed, options);
  const ownName = BODY_NAMES[ctx.body];
  const obligations: ExtractedObligation[] = [];
  const warnings: ParseWarning[] = [];
  const consumed = new Set<string>();
  let last: Actor | null = null;
  // "The Council" in an Assembly text is the Council of the title ("Human Rights Council"), else the last one named.
  const titleCouncil = lastOtherCouncil(parsed.title ?? '', ownName, null);
  let otherCouncil: string | null = null;
  for (const [index, p] of parsed.paragraphs.entries()) {
    const councilBefore = titleCouncil ?? otherCouncil;
    if (titleCouncil === null) otherCouncil = lastOtherCouncil(p.text, ownName, otherCouncil);
    if (p.kind !== 'OPERATIVE' || consumed.has(p.eId)) continue;
    if (obligations.length >= MAX_OBLIGATIONS) {
      warnings.push({ code: 'TOO_MANY_OBLIGATIONS', message: `more than ${MAX_OBLIGATIONS} obligations; extraction stopped` });
      break;
    }
    const found: Candidate[] = [];
    for (const clause of splitClauses(p.text, 4 * MAX_PER_PARAGRAPH)) {
      if (clause.verb === null) continue;
      if (found.length >= MAX_PER_PARAGRAPH) {
        warnings.push({
          code: 'TOO_MANY_CLAUSES',
          message: `paragraph ${p.ref}: more than ${MAX_PER_PARAGRAPH} obligations; the rest were skipped`,
        });
        break;
      }
      const text = clauseText(p.text, clause);
      const objectText = p.text.slice(clause.objectStart, clause.end).trim();
      // Pronouns refer back within the paragraph; a bounded window keeps long paragraphs linear.
      const before = p.text.slice(Math.max(0, clause.start - 1500), clause.start);
      if (clause.verb.lemma === 'decides') {
        const d = decideObligation(
          text,
          objectText,
          {
            ownName,
            ownBody: ctx.body,
            reference: ctx.reference,
            // Only "the Council" in an Assembly text needs it; most decisions never ask.
            otherCouncil: () => titleCouncil ?? lastOtherCouncil(before, ownName, councilBefore),
          },
          before,
          last,
        );
        // "Decides that the Council shall, inter alia: (a) Promote ...; (d) Submit an annual report": the items ask.
        const children = d?.length === 1 && objectText.endsWith(':') && isChapeau(d[0]!.action) ? childrenOf(parsed.paragraphs, index) : [];
        if (children.length > 0) {
          const c = d![0]!;
          let rank = 0;
          for (const child of children) {
            consumed.add(child.eId);
            const action = child.text.replace(/^(To|to) /, '');
            const candidate: Candidate = {
              ...c,
              kind: kindOf(action, c.actor.category),
              action,
              dueText: action,
              quote: `${text} ${child.subParagraph} ${child.text}`,
            };
            if (keep(candidate, options)) obligations.push(finalise(candidate, child, ++rank, ctx, warnings));
          }
          last = c.actor;
          continue;
        }
        // "Decides to establish a Committee ..., to undertake the following tasks: (a) to seek ...; (h) to report
        // every 90 days": the items that are deliverables belong to the body established.
        const established = d?.find((c) => c.introduces !== undefined)?.introduces;
        const tasks = established !== undefined && objectText.endsWith(':') ? childrenOf(parsed.paragraphs, index) : [];
        if (established !== undefined && tasks.length > 0 && separateDeliverables(tasks)) {
          found.push(...d!);
          let rank = d!.length;
          for (const child of tasks) {
            consumed.add(child.eId);
            const action = child.text.replace(/^(To|to) /, '');
            const candidate: Candidate = {
              ...d![0]!,
              kind: kindOf(action, 'UN'),
              actor: established,
              action,
              dueText: action,
              quote: `${text} ${child.subParagraph} ${child.text}`,
              confidence: 0.7,
            };
            delete candidate.introduces;
            if (keep(candidate, options)) obligations.push(finalise(candidate, child, ++rank, ctx, warnings));
          }
          last = established;
          continue;
        }
        if (d !== null) {
          found.push(...d);
          const introduced = d.find((c) => c.introduces !== undefined)?.introduces;
          if (introduced !== undefined) last = introduced;
        }
        continue;
      }
      const candidates = askingCandidates(
        text,
        objectText,
        { lemma: clause.verb.lemma, strength: clause.verb.strength ?? 'hortatory' },
        before,
        last,
      );
      const authorizedPeriod = clause.verb.lemma === 'authorizes' ? authorizationPeriod(candidates, text, ctx) : null;
      if (authorizedPeriod !== null) found.push(authorizedPeriod);
      const chapeau = candidates.length === 1 && candidates[0]?.action === '';
      const listing = candidates.length > 0 && objectText.endsWith(':');
      const children = chapeau || listing ? childrenOf(parsed.paragraphs, index) : [];
      if (children.length > 0 && (chapeau || separateDeliverables(children))) {
        const c = candidates[candidates.length - 1]!;
        let rank = 0;
        for (const child of children) {
          consumed.add(child.eId);
          const infinitive = /^(To|to) [a-z]/.test(child.text);
          const action = child.text.replace(/^(To|to) /, '');
          // "report on the following: (a) ..., (b) ...": each item is a report; "to: (a) To convene ..." says its own kind.
          const kind = chapeau || infinitive ? kindOf(action, c.actor.category) : c.kind;
          const candidate: Candidate = {
            ...c,
            kind,
            action,
            dueText: OWN_DUE.test(action) ? `${c.dueText.replace(c.action, '')} ${action}` : `${c.dueText} ${action}`,
            quote: `${text} ${child.subParagraph} ${child.text}`,
          };
          if (keep(candidate, options)) obligations.push(finalise(candidate, child, ++rank, ctx, warnings));
        }
        found.push(...candidates.slice(0, -1).filter((x) => x.action !== '' || x.kind !== 'TASK'));
        last = c.actor;
        continue;
      }
      // Sub-items that only say what a report holds stay part of it.
      for (const child of children) consumed.add(child.eId);
      for (const c of candidates) if (c.action !== '' || c.kind !== 'TASK') found.push(c);
      if (candidates[0] !== undefined) last = candidates[0].actor;
    }
    let rank = 0;
    for (const c of found) if (keep(c, options)) obligations.push(finalise(c, p, ++rank, ctx, warnings));
  }
  return { obligations, warnings };
}

/** The obligations a parsed resolution creates. Pure; never throws. */
export function extractObligations(parsed: ParsedResolution, options: ParseOptions = {}): ExtractedObligation[] {
  try {
    return extractObligationsWithWarnings(parsed, options).obligations;
  } catch {
    return [];
  }
}

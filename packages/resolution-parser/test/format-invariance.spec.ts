/**
 * The same resolution laid out as Markdown, HTML or a word-processor export must give the same result as
 * the seed it was rendered from: formats change the layout, never the content.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyseResolution, type ResolutionAnalysis } from '../src';
import gold from './fixtures/seeds-gold.json';

const SEEDS = path.join(__dirname, '../../../seeds');

function heading(r: ResolutionAnalysis): string[] {
  const lines: string[] = [];
  if (r.adoptedOn)
    lines.push(
      `Resolution adopted by the General Assembly on ${new Date(`${r.adoptedOn}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}`,
    );
  if (r.committeeReport) lines.push(`[on the report of the Committee (${r.committeeReport})]`);
  lines.push(`${r.symbol?.replace('A/RES/', '')}. ${r.title}`);
  return lines;
}

/** Puts the i-th footnote mark after the i-th comma (or at the end), as printed texts spread them out. */
function withMarks(text: string, marks: string[]): string {
  let out = text;
  let from = 0;
  const trailing: string[] = [];
  for (const m of marks) {
    const comma = out.indexOf(',', from);
    if (comma < 0) {
      trailing.push(m);
      continue;
    }
    out = `${out.slice(0, comma + 1)}${m}${out.slice(comma + 1)}`;
    from = comma + 1 + m.length;
  }
  return out + trailing.join('');
}

function body(r: ResolutionAnalysis, mark: (m: string) => string): Array<{ text: string; sub: boolean }> {
  return r.paragraphs.map((p) => {
    const prefix =
      p.kind === 'OPERATIVE' && p.subParagraph === null
        ? `${p.number}. `
        : p.subParagraph !== null
          ? `${p.subParagraph.split(' ').pop()} `
          : '';
    return {
      text: `${prefix}${withMarks(
        p.text,
        p.footnotes.map((f) => mark(f.marker)),
      )}`,
      sub: p.subParagraph !== null,
    };
  });
}

function closing(r: ResolutionAnalysis): string[] {
  return r.meeting ? [r.meeting, r.adoptedOn ?? ''] : [];
}

function asMarkdown(r: ResolutionAnalysis): string {
  const notes = r.footnotes.map((f) => `<sup>${f.marker}</sup> ${f.text}`);
  return [
    ...heading(r).map((l) => `## ${l}`),
    '*The General Assembly,*',
    ...body(r, (m) => `<sup>${m}</sup>`).map((p) => p.text),
    '---',
    ...notes,
    ...closing(r),
  ].join('\n\n');
}

function asHtml(r: ResolutionAnalysis): string {
  const p = (t: string) => `<p>${t.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`;
  const paras = body(r, (m) => `[[${m}]]`).map((x) => p(x.text).replaceAll('[[', '<sup>').replaceAll(']]', '</sup>'));
  const notes = r.footnotes.map((f) => `<p><sup>${f.marker}</sup> ${f.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
  return `<html><body>${heading(r).map(p).join('')}${p('The General Assembly,')}${paras.join('\n')}${closing(r).map(p).join('')}<hr>${notes.join('')}</body></html>`;
}

function asWord(r: ResolutionAnalysis): string {
  const notes = r.footnotes.map((f) => `${f.marker} ${f.text}`);
  const paras = body(r, (m) => m).map((x) => `\t${x.text.replace(/^([0-9]+)\. /, '$1.\t')}`);
  return [
    '[DU1]',
    ...heading(r),
    '',
    '\tThe General Assembly,',
    ...paras,
    '',
    ...closing(r),
    ...notes,
    `<<ODS DOC SYMBOL1>>${r.symbol}<<ODS DOC SYMBOL1>>`,
  ].join('\n');
}

function essentials(r: ResolutionAnalysis) {
  return {
    symbol: r.symbol,
    title: r.title,
    adoptedOn: r.adoptedOn,
    committeeReport: r.committeeReport,
    recalls: r.recalls,
    acknowledgedReports: r.acknowledgedReports,
    eIds: r.paragraphs.map((p) => p.eId),
    obligations: r.obligations.map((o) => [o.paragraph, o.kind, o.strength, o.actor, o.dueSession, o.dueDate, o.agendaItemTitle]),
  };
}

describe.each(gold.resolutions.map((g) => g.file))('%s rendered in other formats', (file) => {
  const original = analyseResolution(readFileSync(path.join(SEEDS, file), 'utf8'));
  it.each<[string, (r: ResolutionAnalysis) => string, string]>([
    ['Markdown', asMarkdown, 'MARKDOWN'],
    ['HTML', asHtml, 'HTML'],
    ['word-processor export', asWord, 'WORD_TEXT'],
  ])('as %s gives the same result', (_name, render, format) => {
    const again = analyseResolution(render(original));
    expect(again.format).toBe(format);
    expect(essentials(again)).toEqual(essentials(original));
  });
});

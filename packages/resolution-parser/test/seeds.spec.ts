/**
 * The five seed resolutions against the hand-made expectations (a copy of the shared seeds-gold.json).
 * Scoring follows the file's rules: every non-optional obligation must be found with the right actor,
 * due session or date and agenda title; every obligation we report that the gold file lists (mandatory,
 * or hortatory to a United Nations actor) must match one of its entries, optional or not.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyseResolution, type ExtractedObligation } from '../src';
import gold from './fixtures/seeds-gold.json';

type GoldObligation = (typeof gold.resolutions)[number]['obligations'][number] & {
  optional?: boolean;
  recipient?: string;
  agendaItemTitle?: string;
};

const SEEDS = path.join(__dirname, '../../../seeds');

function matches(o: ExtractedObligation, g: GoldObligation): boolean {
  return (
    o.paragraph === g.paragraph &&
    o.kind === g.kind &&
    o.strength === g.strength &&
    o.actor === g.actor &&
    o.dueSession === (g.dueSession ?? null) &&
    (g.dueDate === undefined || o.dueDate === g.dueDate) &&
    (g.recipient === undefined || o.recipient === g.recipient) &&
    (g.agendaItemTitle === undefined || o.agendaItemTitle === g.agendaItemTitle)
  );
}

describe.each(gold.resolutions)('seed $file', (expected) => {
  const text = readFileSync(path.join(SEEDS, expected.file), 'utf8');
  const result = analyseResolution(text);

  it('reads the heading', () => {
    expect(result.symbol).toBe(expected.symbol);
    expect(result.session).toBe(expected.session);
    expect(result.title).toBe(expected.title);
    expect(result.adoptedOn).toBe(expected.adoptedOn);
    expect(result.meeting).toBe(expected.meeting);
    expect(result.committeeReport).toBe(expected.committeeReport);
    if ('agendaItemNumber' in expected) expect(result.agendaItemNumber).toBe(expected.agendaItemNumber);
  });

  it('finds every operative paragraph, numbered in order', () => {
    const operative = result.paragraphs.filter((p) => p.kind === 'OPERATIVE' && p.subParagraph === null);
    expect(operative.map((p) => p.number)).toEqual(Array.from({ length: expected.operativeParagraphCount }, (_, i) => i + 1));
    expect(new Set(result.paragraphs.map((p) => p.eId)).size).toBe(result.paragraphs.length);
  });

  it('lists recalled resolutions and acknowledged reports', () => {
    expect(result.recalls).toEqual(expected.recalls);
    expect(result.acknowledgedReports).toEqual(expected.acknowledgedReports);
  });

  it('finds every required obligation', () => {
    const required = (expected.obligations as GoldObligation[]).filter((g) => !g.optional);
    for (const g of required) {
      const found = result.obligations.filter((o) => matches(o, g));
      // An optional twin ("a second report in the same request; splitting it out is allowed") may take one more.
      const twins = (expected.obligations as GoldObligation[]).filter(
        (t) =>
          t.optional && t.paragraph === g.paragraph && t.kind === g.kind && result.obligations.some((o) => matches(o, t) && matches(o, g)),
      ).length;
      expect({ paragraph: g.paragraph, kind: g.kind, found: Math.min(found.length, 1), extra: found.length - 1 <= twins }).toEqual({
        paragraph: g.paragraph,
        kind: g.kind,
        found: 1,
        extra: true,
      });
    }
  });

  it('invents no obligation', () => {
    for (const o of result.obligations) {
      const listed = (expected.obligations as GoldObligation[]).some((g) => matches(o, g));
      expect({ paragraph: o.paragraph, kind: o.kind, actor: o.actor, listed }).toEqual({
        paragraph: o.paragraph,
        kind: o.kind,
        actor: o.actor,
        listed: true,
      });
    }
  });

  it('quotes the clause and gives stable identifiers', () => {
    for (const o of result.obligations) {
      expect(o.quote.length).toBeGreaterThan(20);
      expect(o.eId).toMatch(/^para_[0-9]+(__list_1__point_[a-z]+)*__obligation_[0-9]+$/);
      expect(o.confidence).toBeGreaterThan(0.5);
    }
    expect(result.warnings).toEqual([]);
  });
});

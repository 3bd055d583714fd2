import { analyseResolution } from '@mandate-tracker/resolution-parser';
import { generateResolutions } from './generator';

describe('synthetic resolutions', () => {
  const corpus = generateResolutions(300, 7);

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateResolutions(20, 7).map((r) => r.text)).toEqual(corpus.slice(0, 20).map((r) => r.text));
    expect(generateResolutions(20, 8).map((r) => r.text)).not.toEqual(corpus.slice(0, 20).map((r) => r.text));
  });

  it('gives unique symbols in all three layouts and both bodies', () => {
    expect(new Set(corpus.map((r) => r.symbol)).size).toBe(corpus.length);
    expect(new Set(corpus.map((r) => r.layout))).toEqual(new Set(['word', 'markdown', 'plain']));
    expect(new Set(corpus.map((r) => r.body))).toEqual(new Set(['GENERAL_ASSEMBLY', 'SECURITY_COUNCIL']));
  });

  it('parses every text with its symbol, body, adoption date and at least one obligation, and GA ones with their title', () => {
    for (const resolution of corpus) {
      const analysis = analyseResolution(resolution.text);
      expect({
        symbol: analysis.symbol,
        body: analysis.body,
        adopted: Boolean(analysis.adoptedOn),
        hasObligation: analysis.obligations.length > 0,
      }).toEqual({
        symbol: resolution.symbol,
        body: resolution.body,
        adopted: true,
        hasObligation: true,
      });
      // Security Council resolutions carry no title; the parser gives none for them.
      if (resolution.body === 'GENERAL_ASSEMBLY')
        expect([resolution.symbol, analysis.title]).toEqual([resolution.symbol, expect.stringMatching(/^[A-Z]/)]);
    }
  });

  it('gives Security Council reports a due date from "within N days" or "by <date>"', () => {
    for (const resolution of corpus.filter((r) => r.body === 'SECURITY_COUNCIL')) {
      const reports = analyseResolution(resolution.text).obligations.filter((o) => o.kind === 'REPORT');
      expect([resolution.symbol, reports.length]).toEqual([resolution.symbol, resolution.planted.reports]);
      for (const report of reports) expect(report.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('yields the reports and agenda items it plants, due at the right session', () => {
    for (const resolution of corpus.filter((r) => r.body === 'GENERAL_ASSEMBLY')) {
      const analysis = analyseResolution(resolution.text);
      const kinds = (kind: string) => analysis.obligations.filter((o) => o.kind === kind);
      expect([resolution.symbol, kinds('REPORT').length, kinds('AGENDA_ITEM').length]).toEqual([
        resolution.symbol,
        resolution.planted.reports,
        resolution.planted.agendaItems,
      ]);
      for (const obligation of [...kinds('REPORT'), ...kinds('AGENDA_ITEM')])
        expect(obligation.dueSession).toBeGreaterThan(resolution.session as number);
    }
  });

  it('links series: later resolutions recall earlier ones and acknowledge the reports they asked for', () => {
    const symbols = new Set(corpus.map((r) => r.symbol));
    const analyses = corpus.map((r) => ({ r, a: analyseResolution(r.text) }));
    const recallingKnown = analyses.filter(({ a }) => a.recalls.some((s) => symbols.has(s)));
    expect(recallingKnown.length).toBeGreaterThan(corpus.length / 3);
    for (const { r, a } of analyses.filter(({ r }) => r.planted.acknowledgedReport)) {
      expect([r.symbol, a.acknowledgedReports.flatMap((ack) => ack.symbols)]).toEqual([
        r.symbol,
        expect.arrayContaining([r.planted.acknowledgedReport]),
      ]);
    }
  });
});

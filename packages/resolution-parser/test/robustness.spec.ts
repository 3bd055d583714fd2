/**
 * Never throws, whatever the input; stays fast on inputs built to make scanners backtrack.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  analyseResolution,
  expandSymbols,
  normaliseSymbol,
  parseOrdinal,
  parseResolution,
  validateSymbol,
  type ParseWarning,
} from '../src';

/**
 * parseResolution and analyseResolution catch every exception and turn it into an INTERNAL_ERROR warning, so
 * "did not throw" proves nothing: a crash must show up here as that warning.
 */
function expectNoCrash(result: { warnings: readonly ParseWarning[] }): void {
  const crashes = result.warnings.filter((warning) => warning.code === 'INTERNAL_ERROR');
  expect(crashes).toEqual([]);
}

const seed = readFileSync(path.join(__dirname, '../../../seeds/A_RES_57_159.pdf.txt'), 'utf8');

const hostilePieces = fc.constantFrom(
  '(',
  ')',
  '(((',
  '(a) ',
  '(i) ',
  '1. ',
  '12.\t',
  '_____\n',
  '---\n',
  '<sup>1</sup>',
  '<sup>',
  '</sup>',
  '<p>',
  '<<ODS',
  '[DU1]',
  '*',
  '**',
  '[x](#)',
  '[^1]',
  '\n',
  '\n\n',
  ' ',
  '\t',
  '-\n',
  'aaaa-\n',
  'Requests ',
  'requests him to ',
  'Decides to include in the provisional agenda of its ',
  'eightieth session',
  ' the item entitled “',
  '”',
  '"',
  'A/RES/',
  '78/70. ',
  'resolution ',
  'and Corr.',
  'and Add.1 and ',
  'within 90 days',
  'by 30 June 2024',
  'The General Assembly,',
  '76th plenary meeting',
  '\u0000',
  '\uE000',
  '\uFFFD',
  '&amp;',
  '&#99999999;',
  'Secretary-General;15 ',
  ',1 ',
  '20017 ',
);

describe('robustness', () => {
  it('never throws on random strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const r = analyseResolution(text);
        expect(Array.isArray(r.paragraphs)).toBe(true);
        expectNoCrash(r);
        expectNoCrash(parseResolution(text));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on hostile mixtures of the syntax it recognises', () => {
    fc.assert(
      fc.property(fc.array(hostilePieces, { maxLength: 120 }), (pieces) => {
        const text = pieces.join('');
        const r = analyseResolution(text);
        expectNoCrash(r);
        expectNoCrash(parseResolution(text));
        // Every obligation quotes its own paragraph: a quote from nowhere means the extraction lost its place.
        for (const obligation of r.obligations) {
          expect(obligation.quote.length).toBeGreaterThan(0);
          expect(r.paragraphs.some((p) => p.eId === obligation.paragraphEId)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on damaged seeds (cut, shuffled lines)', () => {
    const lines = seed.split('\n');
    fc.assert(
      fc.property(fc.array(fc.nat(lines.length - 1), { maxLength: 200 }), (picks) => {
        const r = analyseResolution(picks.map((i) => lines[i]).join('\n'));
        expectNoCrash(r);
      }),
      { numRuns: 100 },
    );
  });

  it('helpers never throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        expandSymbols(s);
        normaliseSymbol(s);
        validateSymbol(s);
        parseOrdinal(s);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['empty', '', 'EMPTY'],
    ['whitespace', ' \n\t\n ', 'EMPTY'],
    ['binary', '\u0000\u0001\u0002\uFFFD\uFFFD%PDF-1.7 \u0089PNG'.repeat(200), 'NO_SYMBOL'],
    [
      'no numbered paragraphs',
      'The General Assembly,\n\nDecides to include in the provisional agenda of its eightieth session the item entitled "Assistance".',
      'NO_SYMBOL',
    ],
  ])('returns warnings, not errors, for %s input', (_name, text, expected) => {
    const r = analyseResolution(text);
    expect(r.warnings.map((w) => w.code)).toContain(expected);
    expectNoCrash(r);
  });

  it('accepts non-string input without throwing', () => {
    expect(analyseResolution(undefined as unknown as string).warnings[0]?.code).toBe('NOT_TEXT');
    expect(analyseResolution(42 as unknown as string).paragraphs).toEqual([]);
  });
});

describe('pathological inputs finish within budget', () => {
  const MB = 1024 * 1024;
  const cases: Array<[string, string]> = [
    ['10 MB of "((((("', '('.repeat(10 * MB)],
    ['10 MB of "aaaa-\\n"', 'aaaa-\n'.repeat(2 * MB)],
    ['10 MB of ")))))"', ')'.repeat(10 * MB)],
    ['10 MB of spaces then a letter', `${' '.repeat(10 * MB)}x`],
    ['10 MB of "1. Requests "', '1. Requests the Secretary-General to '.repeat((10 * MB) / 38)],
    ['10 MB of "(a) "', '(a) '.repeat((10 * MB) / 4)],
    ['10 MB of "A/"', 'A/'.repeat(5 * MB)],
    ['10 MB of "resolution 1/"', 'resolution 1/'.repeat((10 * MB) / 13)],
    ['10 MB of "____\\n1 x\\n"', '_____\n1 x\n'.repeat(MB)],
    ['10 MB of one paragraph with a footnote mark per word', 'word1 '.repeat((10 * MB) / 6)],
    ['10 MB seed repeated', seed.repeat(Math.ceil((10 * MB) / seed.length))],
    ['12 MB of "<sup>1</sup>"', '<sup>1</sup>'.repeat(MB)],
    ['9 MB of "<p>"', '<p>'.repeat(3 * MB)],
    ['9 MB of ", and requests him to act"', `1. Takes note, and requests him to report${', and requests him to act'.repeat(MB / 3)}`],
    ['13 MB of preambular paragraphs', `The General Assembly,\n\n${'Recalling x,\n'.repeat(MB)}`],
    [
      'a thousand chapeaus of 26 sub-paragraphs',
      `The General Assembly,\n${Array.from(
        { length: 999 },
        (_, i) =>
          `${i + 1}. Requests the Secretary-General:\n${'abcdefghijklmnopqrstuvwxyz'
            .split('')
            .map((l) => `(${l}) To report at its eightieth session;`)
            .join('\n')}`,
      ).join('\n')}`,
    ],
  ];
  // On an idle core each case takes 0.1 to 4 s. The budget is CPU time of this process, not time on the clock:
  // on a shared machine other processes' work stretched the clock past 20 s for a 3 s case.
  const BUDGET_MS = 15_000;
  it.each(cases)('%s', (_name, text) => {
    const started = process.cpuUsage();
    const r = analyseResolution(text);
    const used = process.cpuUsage(started);
    expectNoCrash(r);
    expect((used.user + used.system) / 1000).toBeLessThan(BUDGET_MS);
  });
});

describe('cost grows linearly with the input', () => {
  jest.setTimeout(60_000);
  const KB = 1024;
  function fastest(text: string): number {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const started = process.hrtime.bigint();
      const r = analyseResolution(text);
      best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
      // A parser that gives up early is fast for the wrong reason.
      expectNoCrash(r);
    }
    return best;
  }
  it.each<[string, (n: number) => string]>([
    ['"aaaa-\\n"', (n) => 'aaaa-\n'.repeat(n / 6)],
    ['footnote rules', (n) => '_____\n1 x\n'.repeat(n / 10)],
    ['"requests him"', (n) => `1. Notes, and requests him to report${', and requests him to act'.repeat(n / 25)}`],
    ['"(((("', (n) => '('.repeat(n)],
    ['the seed', (n) => seed.repeat(Math.ceil(n / seed.length))],
  ])('%s: four times the input costs well under sixteen times as much', (_name, make) => {
    // Sizes stay below a megabyte, where garbage collection does not yet bend the curve.
    const small = fastest(make(128 * KB));
    const large = fastest(make(512 * KB));
    // Linear is 4x, quadratic 16x; the margin absorbs a busy machine. Tiny timings get a floor.
    expect(large).toBeLessThan(Math.max(10 * small, 60));
  });
});

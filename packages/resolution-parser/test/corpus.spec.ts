/**
 * The labelled corpus of real resolutions (test/corpus): the bar is 0.95 recall, precision and field
 * accuracy on texts we did not write. The figures are printed by `npm run accuracy`; this keeps them from
 * sliding back unnoticed.
 */
import { analyseResolution } from '../src';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- shared with the plain-JS accuracy command
const { scoreCorpus } = require('./corpus/score') as {
  scoreCorpus: (analyse: (text: string) => unknown) => {
    resolutions: number;
    recall: number;
    precision: number;
    fieldAccuracy: number;
    headingAccuracy: number;
    details: unknown[];
  };
};

describe('labelled corpus of real resolutions', () => {
  const score = scoreCorpus((text) => analyseResolution(text));

  it('holds real texts from several bodies and layouts', () => {
    expect(score.resolutions).toBeGreaterThanOrEqual(30);
  });

  it('reaches 0.95 recall, precision and field accuracy', () => {
    expect({ recall: score.recall >= 0.95, precision: score.precision >= 0.95, fields: score.fieldAccuracy >= 0.95 }).toEqual({
      recall: true,
      precision: true,
      fields: true,
    });
    expect(score.headingAccuracy).toBeGreaterThanOrEqual(0.95);
  });
});

import { pageText, type PdfTextRun } from './pdf-lines';

const run = (str: string, y: number, hasEOL = true): PdfTextRun => ({ str, y, height: 10, hasEOL });

describe('pageText', () => {
  it('joins runs on one line and keeps ordinary line breaks', () => {
    expect(pageText([run('The General ', 700, false), run('Assembly,', 700), run('Recalling its resolution', 688)])).toBe(
      'The General Assembly,\nRecalling its resolution',
    );
  });

  it('marks a paragraph break where the gap is clearly wider than line spacing', () => {
    const text = pageText([
      run('1. Welcomes the report;', 700),
      run('continued here', 688),
      run('2. Requests the', 664),
      run('Secretary-General', 652),
    ]);
    expect(text).toBe('1. Welcomes the report;\ncontinued here\n\n2. Requests the\nSecretary-General');
  });

  it('returns nothing for a page without text', () => {
    expect(pageText([])).toBe('');
  });
});

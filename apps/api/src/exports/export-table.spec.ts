import { cellText, cellValue, neutralise } from './export-table';

describe('cells of an export', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('neutralises %j so no spreadsheet runs it', (text) => {
    expect(neutralise(text)).toBe(`'${text}`);
  });

  it('leaves ordinary text and numbers alone', () => {
    expect(neutralise('Secretary-General')).toBe('Secretary-General');
    expect(cellText(-3, 'number')).toBe('-3');
    expect(cellText('-3', 'text')).toBe("'-3");
    expect(cellText(null, 'text')).toBe('');
  });

  it('writes dates as days or instants, and types them for the workbook', () => {
    expect(cellText(new Date('2025-12-31T00:00:00Z'), 'date')).toBe('2025-12-31');
    expect(cellValue('2025-12-31', 'date')).toEqual(new Date('2025-12-31T00:00:00Z'));
    expect(cellValue('', 'date')).toBeNull();
  });
});

import { splitMarks } from './splitMarks';

describe('splitMarks', () => {
  it('splits marked words from the text around them', () => {
    expect(splitMarks('Assistance in <mark>mine</mark> <mark>action</mark>')).toEqual([
      { text: 'Assistance in ', marked: false },
      { text: 'mine', marked: true },
      { text: ' ', marked: false },
      { text: 'action', marked: true },
    ]);
  });

  it('keeps any other markup as plain text', () => {
    expect(splitMarks('<img src=x onerror=alert(1)> <mark>mine</mark><b>')).toEqual([
      { text: '<img src=x onerror=alert(1)> ', marked: false },
      { text: 'mine', marked: true },
      { text: '<b>', marked: false },
    ]);
  });

  it('answers the whole text when nothing is marked, and nothing for nothing', () => {
    expect(splitMarks('no marks here')).toEqual([{ text: 'no marks here', marked: false }]);
    expect(splitMarks('')).toEqual([]);
    expect(splitMarks('<mark></mark>')).toEqual([]);
  });
});

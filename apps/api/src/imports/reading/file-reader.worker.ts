import { parentPort, workerData } from 'node:worker_threads';
import { docxText } from './docx-text';
import { pdfText } from './pdf-text';
import { refusalOf, type ReadOutcome, type ReadRequest } from './read-outcome';

/**
 * Runs in a worker thread, one per file: pdf.js and mammoth are synchronous
 * for long stretches, and a hostile file can keep them busy for minutes or
 * exhaust memory. Here that stalls or kills only this thread, which the main
 * thread stops at its time limit; the API keeps answering meanwhile.
 */
async function read(request: ReadRequest): Promise<ReadOutcome> {
  try {
    const text = request.kind === 'pdf' ? await pdfText(request.content, request.limits) : await docxText(request.content, request.limits);
    return { ok: true, text };
  } catch (error) {
    return { ok: false, refusal: refusalOf(error) };
  }
}

void read(workerData as ReadRequest).then((outcome) => parentPort?.postMessage(outcome));

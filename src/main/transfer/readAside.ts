import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { ExportHeader, Section } from '../../shared/transfer/exportDocument';
import { ImportProblem, type ProblemPlace } from './importProblem';
import { readExport, type ExportVisitor } from './readExport';

/**
 * Reads an export file for an import with the reading done on another thread: the worker
 * (transfer/exportReaderWorker.ts) scans, parses and validates the records while this thread writes
 * the ones it already has, so on two cores the import's thread is spared about a fifth of its work
 * (at 100k entries: ~0.5 s of scanning, JSON parsing and zod of ~4 s). The import stays synchronous
 * (one transaction on the library's only connection, nothing else running meanwhile): this thread
 * waits for each batch with Atomics.wait and takes it with receiveMessageOnPort. What the visitor
 * sees, and which problem is thrown first, is what readExport gives on this thread.
 */

export interface ReaderJob {
  file: string;
  port: MessagePort;
  /** Int32 counters shared with the worker: messages sent, messages taken, and whether to stop. */
  state: SharedArrayBuffer;
}

export type ReaderMessage =
  | { start: Pick<ExportHeader, 'format' | 'version'> }
  | { records: string }
  | { header: ExportHeader }
  | { problem: { reason: string; place: ProblemPlace } }
  | { failure: string };

export const PRODUCED = 0;
export const CONSUMED = 1;
export const STOPPED = 2;
/** Records in a batch, and batches the worker may be ahead: a few MB held at most. */
export const BATCH_RECORDS = 500;
export const AHEAD_MAX = 8;
/** Below this a file is read on the import's thread: starting the worker would cost more than it saves. */
export const ASIDE_MIN_BYTES = 4 * 1024 * 1024;
/** A worker silent this long has stopped (it sends a batch every few milliseconds while it reads). */
const SILENCE_MAX_MS = 60_000;

/**
 * The built worker beside the built code: out/main/exportReader.js, seen from out/main/*.js or a
 * shared chunk in out/main/chunks/. Null when running from the sources (vitest) or from a build
 * without it (a test's own entries): the file is then read on the import's thread, as it always
 * could be; the built worker is tested itself (readAside.test.ts).
 */
export function builtReaderWorker(from: string = import.meta.url): string | null {
  if (from.endsWith('.ts')) return null;
  const candidates = ['./exportReader.js', '../exportReader.js'].map((relative) => fileURLToPath(new URL(relative, from)));
  return candidates.find((file) => fs.existsSync(file)) ?? null;
}

/** readExport, on the worker when there is one and the file is large enough to gain from it. */
export function readExportFile(file: string, visitor: ExportVisitor, worker?: string | null): ExportHeader {
  const size = fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  const reader = size < ASIDE_MIN_BYTES ? null : worker === undefined ? builtReaderWorker() : worker;
  return reader === null ? readExport(file, visitor) : readExportAside(file, visitor, reader);
}

/** Reads the file on the worker `workerFile`, handing its records to `visitor` on this thread. */
export function readExportAside(file: string, visitor: ExportVisitor, workerFile: string): ExportHeader {
  const { port1, port2 } = new MessageChannel();
  const shared = new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT);
  const state = new Int32Array(shared);
  const job: ReaderJob = { file, port: port2, state: shared };
  const worker = new Worker(workerFile, { workerData: job, transferList: [port2] });
  worker.unref();
  let taken = 0;
  const next = (): ReaderMessage => {
    for (;;) {
      const received = receiveMessageOnPort(port1) as { message: ReaderMessage } | undefined;
      if (received) {
        taken += 1;
        Atomics.store(state, CONSUMED, taken);
        Atomics.notify(state, CONSUMED);
        return received.message;
      }
      // The worker posts before it counts: a count past `taken` means a message is there to take.
      if (Atomics.wait(state, PRODUCED, taken, SILENCE_MAX_MS) === 'timed-out') {
        throw new Error('The export file could not be read: its reader stopped answering.');
      }
    }
  };
  try {
    for (;;) {
      const message = next();
      if ('records' in message) {
        for (const [section, index, record] of JSON.parse(message.records) as [Section, number, unknown][]) {
          visitor.record(section, index, record);
        }
      } else if ('start' in message) {
        visitor.header(message.start);
      } else if ('header' in message) {
        return message.header;
      } else if ('problem' in message) {
        throw new ImportProblem(message.problem.reason, message.problem.place);
      } else {
        throw new Error(message.failure);
      }
    }
  } finally {
    // Done, or the import stopped at a problem of its own: the worker stops at its next batch.
    Atomics.store(state, STOPPED, 1);
    Atomics.notify(state, CONSUMED);
    port1.close();
    void worker.terminate();
  }
}

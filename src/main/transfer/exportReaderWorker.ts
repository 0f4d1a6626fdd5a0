import { workerData } from 'node:worker_threads';
import type { Section } from '../../shared/transfer/exportDocument';
import { ImportProblem } from './importProblem';
import { readExport } from './readExport';
import { AHEAD_MAX, BATCH_RECORDS, CONSUMED, PRODUCED, STOPPED, type ReaderJob, type ReaderMessage } from './readAside';

/**
 * The worker that reads an export file for an import (transfer/readAside.ts): it scans, parses and
 * validates the records with readExport, as the import's thread would, and hands them over in
 * batches, at most AHEAD_MAX batches ahead of the import. A separate built entry
 * (electron.vite.config.ts: out/main/exportReader.js).
 */
const job = workerData as ReaderJob;
const state = new Int32Array(job.state);

class Stopped extends Error {}

function send(message: ReaderMessage): void {
  job.port.postMessage(message);
  Atomics.add(state, PRODUCED, 1);
  Atomics.notify(state, PRODUCED);
  for (;;) {
    if (Atomics.load(state, STOPPED) !== 0) throw new Stopped();
    const consumed = Atomics.load(state, CONSUMED);
    if (Atomics.load(state, PRODUCED) - consumed <= AHEAD_MAX) return;
    Atomics.wait(state, CONSUMED, consumed);
  }
}

let batch: [Section, number, unknown][] = [];
const flush = () => {
  if (batch.length === 0) return;
  // JSON, not the structured clone: the import's thread parses a batch's text several times faster
  // than it deserializes the same objects, and a validated record is plain JSON data.
  send({ records: JSON.stringify(batch) });
  batch = [];
};

try {
  const header = readExport(job.file, {
    header: (start) => send({ start }),
    record(section, index, record) {
      batch.push([section, index, record]);
      if (batch.length === BATCH_RECORDS) flush();
    },
  });
  flush();
  send({ header });
} catch (error) {
  if (!(error instanceof Stopped)) {
    try {
      // The records read before the problem go first: the import may find an earlier one of its own.
      flush();
      send(
        error instanceof ImportProblem
          ? { problem: { reason: error.reason, place: error.place } }
          : { failure: error instanceof Error ? error.message : String(error) },
      );
    } catch (stopped) {
      if (!(stopped instanceof Stopped)) throw stopped;
    }
  }
}

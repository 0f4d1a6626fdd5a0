import fs from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/**
 * Where an export goes, a chunk at a time. Text is gathered into chunks of about 256 kB; a file
 * sink writes each synchronously (the library's connection is never left mid-query while other
 * calls wait), a stream sink waits for 'drain', so memory stays flat whatever the library's size.
 */
export interface Sink {
  write(text: string): void | Promise<void>;
  /** Writes what is gathered. */
  flush(): void | Promise<void>;
}

const CHUNK = 256 * 1024;

function gathering(writeChunk: (chunk: string) => void | Promise<void>): Sink {
  let parts: string[] = [];
  let size = 0;
  const flush = () => {
    if (size === 0) return;
    const chunk = parts.join('');
    parts = [];
    size = 0;
    return writeChunk(chunk);
  };
  return {
    write(text) {
      parts.push(text);
      size += text.length;
      return size >= CHUNK ? flush() : undefined;
    },
    flush,
  };
}

/** Writes to an open file descriptor, synchronously. */
export const fileSink = (fd: number): Sink =>
  gathering((chunk) => {
    fs.writeSync(fd, chunk);
  });

/** Writes to a stream (stdout, an HTTP response), waiting whenever it asks to. */
export const streamSink = (out: Writable): Sink =>
  gathering(async (chunk) => {
    if (!out.write(chunk)) await once(out, 'drain');
  });

import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compressStagedSync } from './backupFiles';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-backup-files-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('the synchronous compression of the migration backup', () => {
  it('compresses a piece at a time into one gzip file that every gunzip reads back whole', async () => {
    const piece = 64 * 1024;
    // Three and a half pieces, half of them repetitive, so the members differ in size.
    const library = Buffer.concat([randomBytes(piece), Buffer.alloc(piece, 7), randomBytes(piece), Buffer.alloc(piece / 2, 'library')]);
    const staged = path.join(dir, 'staged');
    fs.writeFileSync(staged, library);

    const copy = compressStagedSync(dir, staged, piece);

    expect(copy.sha256).toBe(sha256(library));
    const gz = fs.readFileSync(copy.compressed);
    expect(gz.length).toBeLessThan(library.length);
    expect(zlib.gunzipSync(gz).equals(library)).toBe(true);
    const streamed: Buffer[] = [];
    const collect = new Writable({
      write(chunk: Buffer, _encoding, done) {
        streamed.push(chunk);
        done();
      },
    });
    await pipeline(fs.createReadStream(copy.compressed), zlib.createGunzip(), collect);
    expect(Buffer.concat(streamed).equals(library)).toBe(true);
  });

  it('gives a gzip of an empty file and of a file of exactly one piece', () => {
    for (const library of [Buffer.alloc(0), randomBytes(4096)]) {
      const staged = path.join(dir, `staged-${library.length}`);
      fs.writeFileSync(staged, library);
      const copy = compressStagedSync(dir, staged, 4096);
      expect(zlib.gunzipSync(fs.readFileSync(copy.compressed)).equals(library)).toBe(true);
      expect(copy.sha256).toBe(sha256(library));
    }
  });
});

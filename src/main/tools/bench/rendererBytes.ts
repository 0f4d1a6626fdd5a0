import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** One script the first screen loads before it can run. */
export interface InitialChunk {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface RendererBytes {
  /** The entry script and everything it imports statically or index.html preloads, not the pages loaded on demand. */
  initialJsBytes: number;
  initialJsGzipBytes: number;
  /** Every script of the build, for the share the first screen carries. */
  allJsBytes: number;
  allJsGzipBytes: number;
  chunks: InitialChunk[];
}

/** `import … from "./x.js"` and `import "./x.js"` (static), never `import("./x.js")` (loaded on demand). */
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{},\s]+?\s*from\s*)?["'](\.\.?\/[^"']+\.js)["']/g;
const HTML_SCRIPT = /<script[^>]*\ssrc="([^"]+\.js)"/g;
const HTML_PRELOAD = /<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g;

const gzipSize = (text: Buffer) => gzipSync(text, { level: 9 }).length;

/**
 * What the first screen downloads of the built renderer (out/renderer): index.html's entry script
 * and modulepreloads, closed over their static imports. Gzip level 9, as a server would send it.
 */
export function measureRendererBytes(rendererDir: string): RendererBytes {
  const html = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const start = [...html.matchAll(HTML_SCRIPT), ...html.matchAll(HTML_PRELOAD)].map((match) => path.join(rendererDir, match[1] as string));
  if (start.length === 0) throw new Error(`${rendererDir}/index.html loads no script: build the renderer first (npx electron-vite build)`);
  const seen = new Set<string>();
  const queue = [...start];
  const chunks: InitialChunk[] = [];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = fs.readFileSync(file);
    chunks.push({ file: path.relative(rendererDir, file), bytes: text.length, gzipBytes: gzipSize(text) });
    for (const match of text.toString('utf8').matchAll(STATIC_IMPORT)) queue.push(path.join(path.dirname(file), match[1] as string));
  }
  const assets = path.join(rendererDir, 'assets');
  const all = fs.readdirSync(assets).filter((name) => name.endsWith('.js')).map((name) => fs.readFileSync(path.join(assets, name)));
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  chunks.sort((left, right) => right.gzipBytes - left.gzipBytes);
  return {
    initialJsBytes: sum(chunks.map((chunk) => chunk.bytes)),
    initialJsGzipBytes: sum(chunks.map((chunk) => chunk.gzipBytes)),
    allJsBytes: sum(all.map((text) => text.length)),
    allJsGzipBytes: sum(all.map(gzipSize)),
    chunks,
  };
}

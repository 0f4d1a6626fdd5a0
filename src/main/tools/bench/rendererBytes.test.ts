import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { measureRendererBytes } from './rendererBytes';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-renderer-bytes-'));
  fs.mkdirSync(path.join(dir, 'assets'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);

describe('measureRendererBytes', () => {
  it('counts the entry, its modulepreloads and their static imports, never a page loaded on demand', () => {
    write(
      'index.html',
      '<script type="module" crossorigin src="./assets/index.js"></script><link rel="modulepreload" crossorigin href="./assets/shared.js">',
    );
    write('assets/index.js', 'import{a as b}from"./shared.js";import"./styles.js";const p=()=>import("./Page.js");export{p};');
    write('assets/shared.js', 'import{c}from"./deep.js";export const a=c;');
    write('assets/deep.js', 'export const c=1;');
    write('assets/styles.js', 'export{};');
    write('assets/Page.js', `export const Page=${JSON.stringify('x'.repeat(5000))};`);
    const figures = measureRendererBytes(dir);
    expect(figures.chunks.map((chunk) => chunk.file).sort()).toEqual(['assets/deep.js', 'assets/index.js', 'assets/shared.js', 'assets/styles.js']);
    expect(figures.allJsBytes - figures.initialJsBytes).toBe(fs.statSync(path.join(dir, 'assets/Page.js')).size);
    expect(figures.initialJsGzipBytes).toBeGreaterThan(0);
  });

  it('says to build first when index.html loads no script', () => {
    write('index.html', '<p>nothing</p>');
    expect(() => measureRendererBytes(dir)).toThrow(/build the renderer first/);
  });
});

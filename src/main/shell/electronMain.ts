import type * as Electron from 'electron';

/**
 * Electron's main-process API as a value the shell passes in. Only src/main/index.ts imports
 * 'electron' at run time; the modules here import its types alone, so any of them loads in
 * plain Node (tests, the CLI) without Electron's binary.
 */
export type ElectronMain = typeof Electron;

import { z } from 'zod/v4';

/**
 * The renderer's `zod`: the build points every `import … from 'zod'` here (electron.vite.config.ts).
 * zod compiles fast parsers with `new Function`, and decides whether it may when each object schema
 * is made — for the shared schemas, as soon as their chunk runs, before any code of ours could set a
 * flag. The content security policy has no 'unsafe-eval', so that probe fails and Chromium reports a
 * policy violation. Configured here, jitless is set before the first schema exists, in every chunk.
 */
z.config({ jitless: true });

export * from 'zod/v4';
export { z };
export default z;

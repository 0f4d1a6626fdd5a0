import { z } from 'zod';

/**
 * zod compiles fast parsers with `new Function`, after probing whether it may. The content security
 * policy has no 'unsafe-eval', so the probe fails and Chromium reports a policy violation each time.
 * Imported first in main.tsx, before any schema parses.
 */
z.config({ jitless: true });

import type { z } from 'zod';

/** One API method: what it accepts (parsed strictly in the main process) and what it returns. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** Writes refuse to run against a read-only library (the CLI, the sample library's snapshot). */
  writes: boolean;
}

export const query = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodSpec<I, O> => ({
  input,
  output,
  writes: false,
});

export const command = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodSpec<I, O> => ({
  input,
  output,
  writes: true,
});

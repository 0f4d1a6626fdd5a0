/** A problem with how a command was called (bad arguments, a missing folder): exit code 2, with the usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** What a command writes and its clock; tests pass their own. */
export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
  now(): Date;
}

export const processIo: CommandIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  now: () => new Date(),
};

/** parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for unknown or malformed options. */
export function isArgumentError(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_'));
}

/** Runs a command body and turns its failures into an exit code: 2 for usage, 1 for anything else. */
export async function runCommand(usage: string, io: CommandIo, body: () => Promise<number> | number): Promise<number> {
  try {
    return await body();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (isArgumentError(error)) {
      io.err(`${message}\n${usage}`);
      return 2;
    }
    io.err(message);
    return 1;
  }
}

import { processIo, type CommandIo } from './cliErrors';
import { SUBCOMMANDS, type Subcommand } from './subcommands';

/** The overview: what `counterpoint --help` prints, and what a wrong call gets on stderr. */
export function counterpointUsage(subcommands: readonly Subcommand[] = SUBCOMMANDS): string {
  const width = Math.max(...subcommands.map((command) => command.name.length));
  return [
    'Usage: counterpoint SUBCOMMAND --data-dir DIR [options]',
    '',
    'Subcommands:',
    ...subcommands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    "Each takes --help for its own options. Exit codes: 0 fine, 1 a problem found in the data, 2 wrong usage.",
    'Results go to stdout; messages to stderr.',
  ].join('\n');
}

/**
 * `counterpoint SUBCOMMAND ...`: finds the subcommand in the registry (subcommands.ts) and runs it
 * with the rest of the arguments. `counterpoint help SUBCOMMAND` is `counterpoint SUBCOMMAND --help`.
 */
export async function runCounterpoint(
  argv: readonly string[],
  io: CommandIo = processIo,
  subcommands: readonly Subcommand[] = SUBCOMMANDS,
): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h' || (first === 'help' && rest.length === 0)) {
    io.out(counterpointUsage(subcommands));
    return 0;
  }
  if (first === 'help') return runCounterpoint([rest[0] as string, '--help'], io, subcommands);
  if (first === undefined) {
    io.err(`Which subcommand?\n${counterpointUsage(subcommands)}`);
    return 2;
  }
  const command = subcommands.find((candidate) => candidate.name === first);
  if (!command) {
    const what = first.startsWith('-') ? `'${first}' comes after the subcommand` : `Unknown subcommand '${first}'`;
    io.err(`${what}.\n${counterpointUsage(subcommands)}`);
    return 2;
  }
  return command.run(rest, io);
}

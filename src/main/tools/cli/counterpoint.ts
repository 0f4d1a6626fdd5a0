import { runCounterpoint } from './counterpointCommand';

/** Entry point of out/main/counterpoint.js, which bin/counterpoint.js runs; the subcommands are listed in subcommands.ts. */
void runCounterpoint(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});

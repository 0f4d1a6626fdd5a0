import { describe, expect, it } from 'vitest';
import type { CommandIo } from './cliErrors';
import { counterpointUsage, runCounterpoint } from './counterpointCommand';
import { SUBCOMMANDS, type Subcommand } from './subcommands';

async function run(argv: string[], subcommands?: readonly Subcommand[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = { out: (text) => out.push(text), err: (text) => err.push(text), now: () => new Date('2026-03-15T12:00:00Z') };
  const code = await runCounterpoint(argv, io, subcommands);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('counterpoint', () => {
  it('lists every subcommand in its usage', () => {
    const usage = counterpointUsage();
    expect(usage).toMatch(/^Usage: counterpoint SUBCOMMAND --data-dir DIR/);
    for (const command of SUBCOMMANDS) expect(usage).toContain(`  ${command.name}`);
    expect(SUBCOMMANDS.map((command) => command.name)).toEqual(expect.arrayContaining(['analyze', 'sample']));
  });

  it.each([[['--help']], [['-h']], [['help']]])('prints the usage on stdout for %j and exits with 0', async (argv) => {
    const { code, out, err } = await run(argv);
    expect(code).toBe(0);
    expect(out).toBe(counterpointUsage());
    expect(err).toBe('');
  });

  it.each([
    [[], /^Which subcommand\?/],
    [['frobnicate'], /^Unknown subcommand 'frobnicate'\./],
    [['--data-dir', 'x', 'analyze'], /^'--data-dir' comes after the subcommand\./],
  ])('prints the usage on stderr for %j and exits with 2', async (argv, message) => {
    const { code, out, err } = await run(argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err).toContain(counterpointUsage());
  });

  it('hands the rest of the arguments to the subcommand and answers its exit code', async () => {
    const seen: (readonly string[])[] = [];
    const fake: Subcommand = {
      name: 'check',
      summary: 'Checks.',
      run: async (argv, io) => {
        seen.push(argv);
        io?.out('checked');
        return 1;
      },
    };
    const { code, out } = await run(['check', '--data-dir', 'DIR', '--quick'], [fake]);
    expect(code).toBe(1);
    expect(out).toBe('checked');
    expect(seen).toEqual([['--data-dir', 'DIR', '--quick']]);
    expect((await run(['help', 'check'], [fake])).code).toBe(1);
    expect(seen[1]).toEqual(['--help']);
  });

  it('runs the real subcommands: their own usage, their own exit codes', async () => {
    const help = await run(['analyze', '--help']);
    expect(help).toMatchObject({ code: 0, out: 'Usage: counterpoint analyze --data-dir DIR [--window-days N] [--json]' });
    const wrong = await run(['sample']);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('Usage: counterpoint sample --data-dir DIR [--seed N]');
  });
});

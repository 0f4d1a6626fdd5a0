import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateWorkflow, type ValidationError } from '@action-validator/core';
import { describe, expect, it } from 'vitest';

/**
 * The desktop workflow cannot run here (it needs GitHub's runners and the internet), so its syntax
 * is checked offline: @action-validator/core validates it against GitHub's workflow JSON schema.
 */
const WORKFLOW = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../.github/workflows/desktop.yml');
const source = fs.readFileSync(WORKFLOW, 'utf8');

/** The schema errors, one line each, the alternatives the validator tried (a job is one of two shapes) flattened. */
function problems(workflow: string): string[] {
  const lines = (errors: ValidationError[]): string[] =>
    errors.flatMap((error) =>
      'states' in error && error.states
        ? lines(error.states.flatMap((state) => state.errors))
        : [`${'path' in error ? error.path : ''} ${error.detail ?? error.title}`],
    );
  return [...new Set(lines(validateWorkflow(workflow).errors))];
}

/** Replaces exactly one occurrence, so a mutation that no longer applies fails the test instead of passing it. */
function breakOnce(text: string, from: string, to: string): string {
  expect(text.split(from)).toHaveLength(2);
  return text.replace(from, to);
}

describe('.github/workflows/desktop.yml', () => {
  it('is a valid GitHub workflow', () => {
    expect(problems(source)).toEqual([]);
  });

  it.each([
    ['a misspelt key', ['    runs-on: ${{ matrix.os }}', '    run-on: ${{ matrix.os }}'], "/jobs/desktop Additional property 'run-on' is not allowed"],
    ['text where a number belongs', ['timeout-minutes: 40', 'timeout-minutes: forty'], '/jobs/desktop/timeout-minutes The value must be number'],
    ['a step with neither run nor uses', ['        run: npm ci --no-audit --no-fund', '        with: npm ci'], '/run This property is required'],
    ['an unknown trigger', ['  workflow_dispatch:', '  on_every_full_moon:'], "/on Additional property 'on_every_full_moon' is not allowed"],
    ['YAML that does not parse', ['jobs:\n', 'jobs: [\n'], 'while parsing a flow sequence'],
  ])('would be refused with %s', (_name, [from, to], expected) => {
    const found = problems(breakOnce(source, from!, to!));
    expect(found).toContainEqual(expect.stringContaining(expected));
  });
});

/**
 * The build bundles the daily commands and the others apart, each with its own
 * copy of src/errors.ts: an error from one copy must still be `instanceof` the
 * classes of the other, or the error boundary would call a learner's mistake a bug.
 */
import { describe, expect, it, vi } from 'vitest';
import * as here from '../src/errors.js';
import { messages } from '../src/i18n/messages.js';

async function otherCopy(): Promise<typeof here> {
  vi.resetModules();
  const copy = await import('../src/errors.js');
  expect(copy.UserError).not.toBe(here.UserError); // really a second copy
  return copy;
}

describe('typed errors across two copies of the module', () => {
  it.each([
    ['UserError', (m: typeof here) => new m.UserError('x'), ['UserError']],
    ['UsageError', (m: typeof here) => new m.UsageError('x'), ['UserError', 'UsageError']],
    ['CurriculumError', (m: typeof here) => new m.CurriculumError([{ file: 'f', line: 1, column: 2, issue: { code: 'no-weeks' } }]), ['UserError', 'CurriculumError']],
    ['ProgressError', (m: typeof here) => new m.ProgressError('x', 'file'), ['UserError', 'ProgressError']],
    ['InterruptedError', (m: typeof here) => new m.InterruptedError('x'), ['InterruptedError']],
  ] as const)('%s from the other copy is an instance of exactly its classes', async (_name, make, kinds) => {
    const other = await otherCopy();
    const error = make(other);
    const classes = { UserError: here.UserError, UsageError: here.UsageError, CurriculumError: here.CurriculumError, ProgressError: here.ProgressError, InterruptedError: here.InterruptedError };
    for (const [name, cls] of Object.entries(classes)) expect(error instanceof cls, name).toBe((kinds as readonly string[]).includes(name));
    expect(error instanceof Error).toBe(true);
  });

  it('keeps exit codes, hints and located problems', () => {
    const usage = new here.UsageError('bad flag', 'try this');
    expect([usage.exitCode, usage.hint, usage.message, usage.name]).toEqual([2, 'try this', 'bad flag', 'UsageError']);
    const curriculum = new here.CurriculumError([{ file: 'weeks/01.yaml', line: 3, column: 5, issue: { code: 'unknown-field', key: 'foo' } }]);
    expect(curriculum.message).toBe('weeks/01.yaml:3:5: unknown field "foo"');
    // The same problem in Korean, worded by the catalogue when the run is Korean.
    expect(curriculum.text!(messages('ko'), (...a) => a.join(' ')).message).toBe('weeks/01.yaml:3:5: 알 수 없는 필드: "foo"');
    expect(curriculum.exitCode).toBe(1);
  });

  it('is not fooled by plain objects or other errors', () => {
    expect(new Error('x') instanceof here.UserError).toBe(false);
    expect(({ name: 'UserError' }) as unknown instanceof here.UserError).toBe(false);
    expect((null as unknown as object) instanceof here.UserError).toBe(false);
  });
});

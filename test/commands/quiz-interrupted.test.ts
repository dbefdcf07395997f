/** What Ctrl+C in a quiz says: what was kept, or, before any answer, that nothing changed. */
import { describe, expect, it } from 'vitest';
import { renderInterrupted } from '../../src/commands/quiz/render.js';
import type { QuizSummary } from '../../src/commands/quiz/index.js';
import { testContext } from '../helpers/context.js';

const summary = (asked: number, score: number): QuizSummary => ({ asked, total: 5, score, durationMs: 1000, missed: [], relearned: 0, overrides: 0, interrupted: true });

describe('renderInterrupted', () => {
  it('counts the answers kept and the score so far', async () => {
    const ctx = await testContext();
    expect(renderInterrupted(summary(2, 1), ctx)).toContain('Stopped. 2 answers saved · score so far 1/2');
  });

  it('before the first answer says nothing was saved instead of a 0/0 score, in both languages', async () => {
    const en = renderInterrupted(summary(0, 0), await testContext());
    expect(en).toContain('nothing was saved');
    expect(en).not.toContain('0/0');
    const ko = renderInterrupted(summary(0, 0), await testContext({ lang: 'ko' }));
    expect(ko).toContain('저장한 것이 없고');
    expect(ko).not.toContain('0/0');
  });
});

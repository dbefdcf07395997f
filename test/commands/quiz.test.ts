/** The quiz session with scripted answers: grading, saving after each answer, scheduling. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InterruptedError } from '../../src/errors.js';
import { quiz, type Feedback, type QuestionHeader } from '../../src/commands/quiz/index.js';
import { readProgress } from '../../src/progress/read.js';
import { readReviews } from '../../src/progress/review-log.js';
import { FIXTURES, tempDir } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';

const curriculum = join(FIXTURES, 'curricula', 'minimal');

/** Answers q-basics wrong ("b") the first time and right when it comes back; the true/false question right. */
function scriptedPrompts() {
  let basics = 0;
  return {
    select: async (o: { choices: { value: unknown }[] }) => (o.choices.some((c) => c.value === 'a') ? (basics++ === 0 ? 'b' : 'a') : true),
  };
}

async function session(home: string, now: string, options: Record<string, unknown>) {
  const ctx = await testContext({ home, now, curriculum, stdinIsTTY: true, prompts: scriptedPrompts() as never });
  const feedback: Feedback[] = [];
  const asked: string[] = [];
  const headers: QuestionHeader[] = [];
  const summary = await quiz(ctx, options, {
    question: (h) => {
      headers.push(h);
      // The first asks only: re-asks are counted apart.
      if (h.label.kind !== 'again') asked.push(h.question.id);
    },
    feedback: (f) => void feedback.push(f),
  });
  return { summary, feedback, asked, headers, ctx };
}

describe('quiz session', () => {
  it('grades, explains and saves every answer, then schedules the missed one first', async () => {
    const home = tempDir();
    const { summary, feedback, ctx } = await session(home, '2026-12-01T10:00:00+09:00', { all: true, count: '5', seed: '3' });
    expect(feedback.filter((f) => !f.again).map((f) => [f.question.id, f.correct])).toEqual(expect.arrayContaining([['q-basics', false], ['q-advanced', true]]));
    const missed = feedback.find((f) => !f.correct)!;
    expect(missed.comesBack).toBe(true);
    expect(missed.answer).toEqual(['A']);
    expect(missed.explanation).toBe('A is right');
    expect(missed.topic).toEqual({ id: 'basics', title: 'Basics' });
    expect(summary).toMatchObject({ asked: 2, total: 2, score: 1, relearned: 1, interrupted: false, missed: [{ id: 'basics', title: 'Basics' }] });

    const course = readProgress(ctx.progressFile).progress.courses['tiny-course']!;
    const reviews = readReviews(ctx.progressFile).entries;
    expect(reviews.map((r) => [r.course, r.question, r.correct, r.rating])).toEqual(expect.arrayContaining([['tiny-course', 'q-basics', false, 1], ['tiny-course', 'q-advanced', true, 3]]));
    expect(course.answers['q-basics']).toMatchObject({ answered: 1, correct: 0 });
    expect(course.answers['q-advanced']).toMatchObject({ answered: 1, correct: 1 });
    expect(course.sessions).toEqual([{ at: '2026-12-01T01:00:00.000Z', score: 1, total: 2, durationMs: expect.any(Number) }]);
    expect(Date.parse(course.cards['q-basics']!.due)).toBeLessThan(Date.parse(course.cards['q-advanced']!.due));
    expect(summary.nextDue).toBe(course.cards['q-basics']!.due);

    // The next day, --due asks the missed question and only that one.
    const next = await session(home, '2026-12-02T12:00:00+09:00', { due: true });
    expect(next.asked).toEqual(['q-basics']);
  });

  it('asks nothing when nothing is due and says when the next review is', async () => {
    const home = tempDir();
    await session(home, '2026-12-01T10:00:00+09:00', { all: true });
    const { summary } = await session(home, '2026-12-01T11:00:00+09:00', { due: true });
    expect(summary.asked).toBe(0);
    expect(summary.nextDue).toBeDefined();
  });

  it('repeats the same order with the same seed', async () => {
    const a = await session(tempDir(), '2026-12-01T10:00:00+09:00', { all: true, seed: '11' });
    const b = await session(tempDir(), '2026-12-01T10:00:00+09:00', { all: true, seed: '11' });
    expect(a.asked).toEqual(b.asked);
  });

  it('with --rate, asks Hard / Good / Easy after a right answer and schedules by it', async () => {
    const home = tempDir();
    const rated: string[] = [];
    const prompts = {
      select: async (o: { message: string; choices: { value: unknown; name: string }[] }) => {
        if (o.message === 'How hard was it?') {
          rated.push(o.choices.map((c) => c.name).join(' / '));
          return 4; // Easy
        }
        return o.choices.some((c) => c.value === 'a') ? 'a' : true;
      },
    };
    const ctx = await testContext({ home, now: '2026-12-01T10:00:00+09:00', curriculum, stdinIsTTY: true, prompts: prompts as never });
    await quiz(ctx, { all: true, rate: true }, { question: () => undefined, feedback: () => undefined });
    expect(rated).toEqual(['Hard: I had to think / Good: I knew it / Easy: instantly', 'Hard: I had to think / Good: I knew it / Easy: instantly']);
    const course = readProgress(ctx.progressFile).progress.courses['tiny-course']!;
    expect(readReviews(ctx.progressFile).entries.map((r) => r.rating)).toEqual([4, 4]);
    const good = await session(tempDir(), '2026-12-01T10:00:00+09:00', { all: true });
    const goodDue = Date.parse(readProgress(good.ctx.progressFile).progress.courses['tiny-course']!.cards['q-advanced']!.due);
    expect(Date.parse(course.cards['q-advanced']!.due)).toBeGreaterThan(goodDue);
  });

  it('with --rate, Ctrl+C at "how hard was it?" keeps the right answer (as Good) and stops', async () => {
    const home = tempDir();
    const prompts = {
      select: async (o: { message: string; choices: { value: unknown; name: string }[] }) => {
        if (o.message === 'How hard was it?') throw new InterruptedError('interrupted');
        return o.choices.some((c) => c.value === 'a') ? 'a' : true;
      },
    };
    const ctx = await testContext({ home, now: '2026-12-01T10:00:00+09:00', curriculum, stdinIsTTY: true, prompts: prompts as never });
    await expect(quiz(ctx, { all: true, rate: true }, { question: () => undefined, feedback: () => undefined })).rejects.toBeInstanceOf(InterruptedError);
    const course = readProgress(ctx.progressFile).progress.courses['tiny-course']!;
    expect(readReviews(ctx.progressFile).entries.map((r) => [r.correct, r.rating])).toEqual([[true, 3]]);
    expect(Object.keys(course.cards)).toHaveLength(1);
  });

  it('rejects bad options with usage errors', async () => {
    const ctx = await testContext({ curriculum, stdinIsTTY: true });
    await expect(quiz(ctx, { all: true, due: true }, { question: () => undefined, feedback: () => undefined })).rejects.toThrow(/choose one of/);
    await expect(quiz(ctx, { count: '0' }, { question: () => undefined, feedback: () => undefined })).rejects.toThrow(/-n must be/);
    await expect(quiz(ctx, { week: '9' }, { question: () => undefined, feedback: () => undefined })).rejects.toThrow(/--week must be/);
  });
});

/**
 * The view models of the daily commands (next, status, check), in process,
 * with a fixed clock and the minimal curriculum: what a learner sees, as data.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/commands/check/index.js';
import { next } from '../../src/commands/next/index.js';
import { renderNext } from '../../src/commands/next/render.js';
import { quiz } from '../../src/commands/quiz/index.js';
import { status } from '../../src/commands/status/index.js';
import { renderStatus } from '../../src/commands/status/render.js';
import { FIXTURES, tempDir } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';

const curriculum = join(FIXTURES, 'curricula', 'minimal');
const at = (now: string, home: string, lang: 'ko' | 'en' = 'en') => testContext({ home, now, curriculum, lang });

describe('next', () => {
  it('starts the study today on the first run, then shows the current week with its plan', async () => {
    const home = tempDir();
    const first = await next(await at('2026-12-01T10:00:00+09:00', home), {});
    expect(first).toMatchObject({ week: 1, weekCount: 2, startedToday: true, startDate: '2026-12-01', endDate: '2026-12-07', status: 'in-progress' });
    expect(first.items.map((i) => [i.id, i.done])).toEqual([['first-item', false], ['second-item', false]]);
    expect(first.topics).toEqual([{ id: 'basics', title: 'Basics', summary: 'Basics in one line', read: false, readAt: null }]);
    expect(first.suggestion).toEqual({ text: 'Start with the first topic', command: ['show', 'basics'] });
    const later = await next(await at('2026-12-09T10:00:00+09:00', home), {});
    expect(later).toMatchObject({ week: 2, startedToday: false, startDate: '2026-12-08' });
  });

  it('carries an unfinished item of an earlier week over, and --week shows another week', async () => {
    const home = tempDir();
    await next(await at('2026-12-01T10:00:00+09:00', home), {}); // the study starts
    await check(await at('2026-12-01T10:00:00+09:00', home), { ids: ['first-item'] });
    const view = await next(await at('2026-12-09T10:00:00+09:00', home), {});
    expect(view.carriedOver.map((i) => i.id)).toEqual(['second-item']);
    // The marker reads as the week the item comes from, under a heading for any earlier week.
    const ko = await at('2026-12-09T10:00:00+09:00', home, 'ko');
    expect(renderNext(await next(ko, {}), ko)).toMatch(/이전 주에서 넘어온 항목 1\n +○ second-item +\[1주차\] 둘째 항목/);
    const en = await at('2026-12-09T10:00:00+09:00', home);
    expect(renderNext(view, en)).toMatch(/Carried over from earlier weeks 1\n +○ second-item +\[week 1\] Second item/);
    const week1 = await next(await at('2026-12-09T10:00:00+09:00', home), { week: '1' });
    expect(week1.items.map((i) => [i.id, i.done])).toEqual([['first-item', true], ['second-item', false]]);
    await expect(next(await at('2026-12-09T10:00:00+09:00', home), { week: '3' })).rejects.toThrow(/--week must be a week number from 1 to 2/);
  });
});

describe('check', () => {
  it('ticks, notes, attaches evidence and undoes, reporting the week totals', async () => {
    const home = tempDir();
    const ctx = await at('2026-12-01T10:00:00+09:00', home);
    const done = await check(ctx, { ids: ['first-item'], note: 'done in class', evidence: ['https://github.com/org/repo/pull/1'] });
    expect(done.changes).toMatchObject([{ id: 'first-item', undo: false, evidence: ['https://github.com/org/repo/pull/1'] }]);
    expect(done.weeks).toEqual([{ week: 1, done: 1, total: 2 }]);
    const undone = await check(await at('2026-12-01T11:00:00+09:00', home), { ids: ['first-item'], undo: true });
    expect(undone.changes).toMatchObject([{ id: 'first-item', undo: true }]);
    expect(undone.weeks).toEqual([{ week: 1, done: 0, total: 2 }]);
  });

  it('refuses unknown IDs with a suggestion', async () => {
    const ctx = await at('2026-12-01T10:00:00+09:00', tempDir());
    await expect(check(ctx, { ids: ['first-iten'] })).rejects.toThrow(/first-item/);
  });
});

describe('status', () => {
  it('counts per week and overall, with the streak and quiz accuracy per week', async () => {
    const home = tempDir();
    await check(await at('2026-12-01T10:00:00+09:00', home), { ids: ['first-item', 'third-item'] });
    // One quiz: the week-1 question answered wrong (then right when it comes back), the week-2 one right.
    let basics = 0;
    const prompts = { select: async (o: { choices: { value: unknown }[] }) => (o.choices.some((c) => c.value === 'a') ? (basics++ ? 'a' : 'b') : true) };
    const quizCtx = await testContext({ home, now: '2026-12-01T10:05:00+09:00', curriculum, stdinIsTTY: true, prompts: prompts as never });
    await quiz(quizCtx, { all: true }, { question: () => undefined, feedback: () => undefined });
    const ctx = await at('2026-12-01T12:00:00+09:00', home);
    const view = await status(ctx);
    expect(view.weeks.map((w) => [w.week, w.done, w.total, w.current])).toEqual([[1, 1, 2, true], [2, 1, 1, false]]);
    expect(view.overall).toEqual({ done: 2, total: 3, topicsRead: 0, topicsTotal: 2 });
    expect(view.streak.days).toBe(1);
    expect(view.quiz.weeks.map((w) => [w.week, w.answered, w.accuracy])).toEqual([[1, 1, 0], [2, 1, 1]]);
    expect(renderStatus(view, ctx)).toContain('By week: week 1 0% · week 2 100%');
    const korean = await at('2026-12-01T12:00:00+09:00', home, 'ko');
    expect(renderStatus(await status(korean), korean)).toContain('주차별: 1주차 0% · 2주차 100%');
  });
});

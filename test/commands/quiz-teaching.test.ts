/**
 * The quiz that teaches (issue 17), with scripted prompts: missed questions
 * come back until right without being scheduled again, "Don't know", the
 * typo override, empty answers, matching feedback, --rate after the
 * explanation, labels, and Ctrl+C keeping a partial session.
 */
import { describe, expect, it } from 'vitest';
import { DONT_KNOW } from '../../src/commands/quiz/ask.js';
import { quiz, type Feedback, type QuestionHeader, type QuizSummary } from '../../src/commands/quiz/index.js';
import { InterruptedError } from '../../src/errors.js';
import { readProgress } from '../../src/progress/read.js';
import { readReviews } from '../../src/progress/review-log.js';
import { quizSummary } from '../../src/quiz/summary.js';
import { RELEARN_GAP } from '../../src/quiz/session.js';
import type { Prompts } from '../../src/ui/prompts.js';
import { tempDir } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';
import { courseWithEveryType } from '../helpers/curricula.js';

const curriculum = courseWithEveryType();
const NOW = '2026-12-01T10:00:00+09:00';

/** Which question a prompt belongs to, from its message. */
function questionOf(message: string): string {
  if (message.includes('What?')) return 'q-basics';
  if (message.includes('True?')) return 'q-advanced';
  if (message.includes('tracking UI')) return 'q-short';
  if (message.includes('→')) return 'q-match';
  if (message.includes('even numbers')) return 'q-multi';
  if (message.includes('in order')) return 'q-order';
  return message;
}

type Answers = Partial<Record<string, (attempt: number) => unknown>>;

/** Prompts that answer every question right, except as `answers` says (by question and attempt). */
function scripted(answers: Answers, log: string[] = [], extra: Partial<Prompts> = {}): Prompts {
  const attempts = new Map<string, number>();
  const attempt = (q: string) => {
    const n = attempts.get(q) ?? 0;
    attempts.set(q, n + 1);
    return n;
  };
  const answer = <T>(q: string, right: T): T => {
    const n = attempt(q);
    const scriptedAnswer = answers[q]?.(n);
    return (scriptedAnswer === undefined ? right : scriptedAnswer) as T;
  };
  return {
    select: async (o) => {
      const q = questionOf(o.message);
      log.push(`select ${q}`);
      if (q === 'q-basics') return answer(q, 'a') as never;
      if (q === 'q-advanced') return answer(q, true) as never;
      if (q === 'q-match') {
        // Each pair is its own prompt: answer the first pair's attempt count once per question.
        const left = o.message.includes('dvc.yaml') ? 'yaml' : 'lock';
        const scriptedPair = answers[`q-match:${left}`]?.(attempts.get(`q-match:${left}`) ?? 0);
        attempts.set(`q-match:${left}`, (attempts.get(`q-match:${left}`) ?? 0) + 1);
        if (scriptedPair !== undefined) return scriptedPair as never;
        return (left === 'yaml' ? 'stages' : 'state') as never;
      }
      if (extra.select) return extra.select(o);
      throw new Error(`unexpected select: ${o.message}`);
    },
    checkbox: async (o) => {
      log.push('checkbox');
      return answer('q-multi', ['two', 'four']) as never;
    },
    input: async (o) => {
      log.push('input');
      return answer('q-short', 'mlflow ui') as never;
    },
    order: async () => {
      log.push('order');
      return answer('q-order', ['one', 'two', 'three']) as never;
    },
    confirm: async (o) => {
      if (extra.confirm) return extra.confirm(o);
      throw new Error(`unexpected confirm: ${o.message}`);
    },
    menu: async () => {
      throw new Error('menu');
    },
  };
}

async function session(prompts: Prompts, options: Record<string, unknown> = { all: true, count: '10', seed: '4' }, home = tempDir(), now = NOW, events: string[] = []) {
  const ctx = await testContext({ home, now, curriculum, stdinIsTTY: true, prompts });
  const headers: QuestionHeader[] = [];
  const feedback: Feedback[] = [];
  let interrupted: QuizSummary | undefined;
  const run = quiz(ctx, options, {
    question: (h) => {
      headers.push(h);
      events.push(`ask ${h.question.id}${h.label.kind === 'again' ? ' again' : ''}`);
    },
    feedback: (f) => {
      feedback.push(f);
      events.push(`feedback ${f.question.id}`);
    },
    note: (kind) => void events.push(`note ${kind}`),
    interrupted: (s) => {
      interrupted = s;
    },
  });
  return { run, ctx, headers, feedback, events, home, interrupted: () => interrupted };
}

const course = (file: string) => readProgress(file).progress.courses['tiny-course']!;

describe('a quiz that teaches', () => {
  it('asks a missed question again a few questions later, until right; only the first answer is scored and scheduled', async () => {
    const s = await session(scripted({ 'q-basics': (n) => (n < 2 ? 'b' : undefined) }));
    const summary = await s.run;
    const order = s.headers.map((h) => `${h.question.id}${h.label.kind === 'again' ? '*' : ''}`);
    const first = order.indexOf('q-basics');
    const again = order.indexOf('q-basics*');
    const firstAsksLeft = order.slice(first + 1).filter((q) => !q.endsWith('*')).length;
    expect(again - first - 1).toBe(Math.min(RELEARN_GAP, firstAsksLeft));
    // Missed twice: asked three times in all, the last one right.
    expect(order.filter((q) => q.startsWith('q-basics'))).toEqual(['q-basics', 'q-basics*', 'q-basics*']);
    expect(summary).toMatchObject({ asked: 6, total: 6, score: 5, relearned: 1, interrupted: false });
    const reviews = readReviews(s.ctx.progressFile).entries;
    expect(reviews).toHaveLength(6);
    expect(reviews.filter((r) => r.question === 'q-basics').map((r) => [r.correct, r.rating])).toEqual([[false, 1]]);
    const saved = course(s.ctx.progressFile);
    expect(saved.answers['q-basics']).toMatchObject({ answered: 1, correct: 0 });
    expect(saved.cards['q-basics']).toMatchObject({ reps: 1, lapses: 0 });
    expect(saved.sessions).toEqual([expect.objectContaining({ score: 5, total: 6 })]);
    expect(s.feedback.filter((f) => f.question.id === 'q-basics').map((f) => [f.again, f.correct, f.comesBack])).toEqual([
      [false, false, true],
      [true, false, true],
      [true, true, false],
    ]);
  });

  it('"Don\'t know" is a choice: graded Again, counted wrong and skipped, shown the answer, asked again', async () => {
    const s = await session(scripted({ 'q-advanced': (n) => (n === 0 ? DONT_KNOW : undefined) }));
    const summary = await s.run;
    const f = s.feedback.find((x) => x.question.id === 'q-advanced' && !x.again)!;
    expect(f).toMatchObject({ correct: false, skipped: true, comesBack: true, answer: ['True'] });
    expect(summary.score).toBe(5);
    const entry = readReviews(s.ctx.progressFile).entries.find((r) => r.question === 'q-advanced')!;
    expect(entry).toMatchObject({ correct: false, rating: 1, skipped: true });
    expect(course(s.ctx.progressFile).answers['q-advanced']).toMatchObject({ answered: 1, correct: 0, skipped: 1 });
  });

  it('offers every question type a "Don\'t know" and asks again on an empty answer', async () => {
    const seen: Record<string, unknown> = {};
    const right = scripted({});
    // "Don't know" the first time each prompt is seen, the right answer when it comes back.
    const prompts: Prompts = {
      ...right,
      select: async (o) => {
        const q = questionOf(o.message);
        if (q in seen) return right.select(o);
        seen[q] = o.choices.map((c) => c.name);
        return DONT_KNOW as never;
      },
      checkbox: async (o) => {
        if ('checkbox' in seen) return right.checkbox(o);
        seen.checkbox = [o.validate?.([]), o.validate?.(['two'] as never), o.choices.some((c) => c.value === DONT_KNOW)];
        return [DONT_KNOW] as never;
      },
      input: async (o) => {
        if ('input' in seen) return right.input(o);
        seen.input = [o.validate?.(''), o.validate?.('   '), o.validate?.('mlflow'), o.message];
        return '?';
      },
      order: async (o) => {
        if ('order' in seen) return right.order(o);
        seen.order = [o.skipKey, o.help];
        return [];
      },
    };
    const s = await session(prompts);
    const summary = await s.run;
    expect(Object.keys(seen).sort()).toEqual(['checkbox', 'input', 'order', 'q-advanced', 'q-basics', 'q-match']);
    expect(seen['q-basics']).toContain("Don't know");
    expect(seen['q-advanced']).toContain("Don't know");
    expect(seen['q-match']).toContain("Don't know");
    expect(seen.checkbox).toEqual([expect.stringContaining('Give an answer first'), true, true]);
    expect(seen.input).toEqual([expect.stringContaining('Type an answer'), expect.stringContaining('Type an answer'), true, expect.stringContaining("(? if you don't know)")]);
    expect(seen.order).toEqual(['?', expect.stringContaining("? don't know")]);
    expect(summary).toMatchObject({ asked: 6, score: 0, relearned: 6 });
    const reviews = readReviews(s.ctx.progressFile).entries;
    expect(reviews.map((r) => [r.skipped, r.correct, r.rating])).toEqual(Array(6).fill([true, false, 1]));
  });

  it('"I was right (typo)" overrides a wrong short answer once, after confirmation, and is saved as an override', async () => {
    const asked: string[] = [];
    const prompts = scripted({ 'q-short': () => 'mlfow ui' }, [], {
      select: async (o) => {
        asked.push(o.message);
        expect(o.choices.map((c) => c.name)).toEqual(['No, continue', 'I was right (typo)']);
        return true as never;
      },
      confirm: async (o) => {
        asked.push(o.message);
        return true;
      },
    });
    const s = await session(prompts);
    const summary = await s.run;
    expect(asked).toEqual(['Was it only a typo?', 'Count "mlfow ui" as right ("mlflow ui")? It is saved as an override.']);
    expect(s.events).toContain('note overridden');
    // Counted right once, not asked again.
    expect(s.headers.filter((h) => h.question.id === 'q-short')).toHaveLength(1);
    expect(summary).toMatchObject({ score: 6, overrides: 1 });
    const entry = readReviews(s.ctx.progressFile).entries.find((r) => r.question === 'q-short')!;
    expect(entry).toMatchObject({ correct: true, override: true, rating: 3 });
    const saved = course(s.ctx.progressFile);
    expect(saved.answers['q-short']).toMatchObject({ answered: 1, correct: 1, overrides: 1 });
    const index = (await s.ctx.curriculumIndex());
    expect(quizSummary(index, saved, new Date(NOW), 2)).toMatchObject({ overrides: 1, accuracy: 1 });
  });

  it('declining the override confirmation keeps the answer wrong, and it comes back', async () => {
    const prompts = scripted({ 'q-short': (n) => (n === 0 ? 'mlfow ui' : undefined) }, [], {
      select: async () => true as never,
      confirm: async () => false,
    });
    const s = await session(prompts);
    const summary = await s.run;
    expect(summary.overrides).toBe(0);
    expect(s.events).toContain('note comes-back');
    expect(s.headers.filter((h) => h.question.id === 'q-short').map((h) => h.label.kind)).toEqual(['new', 'again']);
    expect(readReviews(s.ctx.progressFile).entries.find((r) => r.question === 'q-short')).toMatchObject({ correct: false, rating: 1 });
  });

  it('shows each matching pair right or wrong, and marks choices already used', async () => {
    const choicesOfSecond: string[] = [];
    const prompts = scripted({ 'q-match:yaml': (n) => (n === 0 ? 'state' : undefined), 'q-match:lock': (n) => (n === 0 ? 'state' : undefined) });
    const select = prompts.select;
    prompts.select = async (o) => {
      if (o.message.includes('(2/2)') && !choicesOfSecond.length) choicesOfSecond.push(...o.choices.map((c) => c.name));
      return select(o);
    };
    const s = await session(prompts);
    await s.run;
    const f = s.feedback.find((x) => x.question.id === 'q-match' && !x.again)!;
    expect(f.pairs).toEqual([
      { left: 'dvc.yaml', given: 'Record of the last run', right: false },
      { left: 'dvc.lock', given: 'Record of the last run', right: true },
    ]);
    expect(choicesOfSecond.find((n) => n.startsWith('Record of the last run'))).toContain('(used)');
    expect(choicesOfSecond.find((n) => n.startsWith('Pipeline definition'))).not.toContain('(used)');
  });

  it('with --rate, asks how hard it was after the feedback and explanation', async () => {
    const events: string[] = [];
    const prompts = scripted({}, [], {
      select: async (o) => {
        events.push(`rate: ${o.message}`);
        return 4 as never;
      },
    });
    const s = await session(prompts, { all: true, count: '10', seed: '4', rate: true }, tempDir(), NOW, events);
    await s.run;
    // Every right answer: its feedback, then the rating, then the next question.
    const i = events.indexOf('feedback q-short');
    expect(events[i + 1]).toBe('rate: How hard was it?');
    expect(events.filter((e) => e.startsWith('rate')).length).toBe(6);
    expect(readReviews(s.ctx.progressFile).entries.find((r) => r.question === 'q-short')!.rating).toBe(4);
  });

  it('labels each question new or review, with the days since the last review', async () => {
    const home = tempDir();
    await (await session(scripted({}), { all: true, count: '10', seed: '4' }, home)).run;
    const later = await session(scripted({}), { all: true, count: '10', seed: '4' }, home, '2026-12-04T10:00:00+09:00');
    await later.run;
    expect(later.headers.map((h) => h.label)).toEqual(later.headers.map(() => ({ kind: 'review', days: 3 })));
  });

  it('Ctrl+C keeps the answers given, saves the session as interrupted and says what was kept', async () => {
    let n = 0;
    const base = scripted({ 'q-basics': () => 'b' });
    const prompts: Prompts = { ...base };
    for (const key of ['select', 'checkbox', 'input', 'order'] as const) {
      const inner = base[key] as (o: never) => Promise<unknown>;
      (prompts as unknown as Record<string, unknown>)[key] = async (o: never) => {
        if (++n === 4) throw new InterruptedError('interrupted');
        return inner(o);
      };
    }
    const s = await session(prompts);
    await expect(s.run).rejects.toBeInstanceOf(InterruptedError);
    const summary = s.interrupted()!;
    expect(summary.interrupted).toBe(true);
    const saved = course(s.ctx.progressFile);
    expect(saved.sessions).toEqual([{ at: expect.any(String), score: summary.score, total: summary.asked, durationMs: expect.any(Number), interrupted: true }]);
    expect(readReviews(s.ctx.progressFile).entries).toHaveLength(summary.asked);
    expect(summary.asked).toBeGreaterThan(0);
    const index = await s.ctx.curriculumIndex();
    expect(quizSummary(index, saved, new Date(NOW), 2).recentScores).toEqual([Math.round((summary.score / summary.asked) * 100) / 100]);
  });
});

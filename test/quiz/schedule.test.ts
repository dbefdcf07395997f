import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/curriculum/loader.js';
import { emptyCourse } from '../../src/progress/types.js';
import { dueQuestionIds } from '../../src/quiz/due.js';
import { seededRandom } from '../../src/quiz/random.js';
import { Rating, restoreCard, reviewCard } from '../../src/quiz/schedule.js';
import { nextDue, selectQuestions } from '../../src/quiz/select.js';
import { ROOT } from '../helpers/cli.js';

const now = new Date('2026-12-01T10:00:00+09:00');
const day = 86_400_000;

describe('scheduling', () => {
  it('makes a missed question due before a known one', () => {
    const again = reviewCard(undefined, Rating.Again, now);
    const good = reviewCard(undefined, Rating.Good, now);
    expect(Date.parse(again.card.due)).toBeLessThan(Date.parse(good.card.due));
    expect(Date.parse(again.card.due) - now.getTime()).toBeLessThanOrEqual(day);
    expect(Date.parse(good.card.due) - now.getTime()).toBeGreaterThan(day);
  });

  it('round-trips a card through JSON (string dates restored by TypeConvert)', () => {
    const first = reviewCard(undefined, Rating.Good, now);
    const stored = JSON.parse(JSON.stringify(first.card));
    const restored = restoreCard(stored, now);
    expect(restored.due).toBeInstanceOf(Date);
    expect(restored.due.toISOString()).toBe(first.card.due);
    const later = new Date(Date.parse(first.card.due) + day);
    const second = reviewCard(stored, Rating.Good, later);
    expect(Date.parse(second.card.due) - later.getTime()).toBeGreaterThan(Date.parse(first.card.due) - now.getTime());
    expect(second.log).toMatchObject({ rating: Rating.Good });
    expect(typeof second.log.review).toBe('string');
  });
});

describe('selecting questions', () => {
  const curriculum = loadCurriculum(join(ROOT, 'curriculum'));
  const week1 = curriculum.questions.filter((q) => q.week === 1);
  const random = () => seededRandom(7);

  it('asks only questions of weeks up to the current one by default, new ones in seeded order', () => {
    const picked = selectQuestions(curriculum, emptyCourse(), { mode: 'default', currentWeek: 1, count: 50, now, random: random() });
    expect(picked.length).toBe(week1.length);
    expect(picked.every((q) => q.week === 1)).toBe(true);
    const again = selectQuestions(curriculum, emptyCourse(), { mode: 'default', currentWeek: 1, count: 50, now, random: random() });
    expect(again.map((q) => q.id)).toEqual(picked.map((q) => q.id));
    const other = selectQuestions(curriculum, emptyCourse(), { mode: 'default', currentWeek: 1, count: 50, now, random: seededRandom(8) });
    expect(other.map((q) => q.id)).not.toEqual(picked.map((q) => q.id));
  });

  it('puts due reviews first and never makes a later week due', () => {
    const course = emptyCourse();
    const [a, b] = week1;
    const week3 = curriculum.questions.find((q) => q.week === 3)!;
    const past = new Date(now.getTime() - 10 * day);
    for (const q of [a!, week3]) course.cards[q.id] = reviewCard(undefined, Rating.Again, past).card;
    course.cards[b!.id] = reviewCard(undefined, Rating.Good, now).card;
    expect(dueQuestionIds(curriculum, course, now, 1)).toEqual([a!.id]);
    const picked = selectQuestions(curriculum, course, { mode: 'default', currentWeek: 1, count: 3, now, random: random() });
    expect(picked[0]!.id).toBe(a!.id);
    expect(picked.map((q) => q.id)).not.toContain(b!.id);
    expect(picked.map((q) => q.id)).not.toContain(week3.id);
    expect(selectQuestions(curriculum, course, { mode: 'due', currentWeek: 1, count: 5, now, random: random() }).map((q) => q.id)).toEqual([a!.id]);
    expect(dueQuestionIds(curriculum, course, now, 3)).toEqual([a!.id, week3.id].sort((x, y) => x.localeCompare(y)));
    const weekStart = (n: number) => new Date(now.getTime() + (n - 1) * 7 * day);
    expect(nextDue(curriculum, course, 1, weekStart)).toBe(new Date(course.cards[a!.id]!.due).toISOString());
  });

  it('says when the next review comes due as next and quiz will see it: a later week\'s card waits for its week', () => {
    const course = emptyCourse();
    const week2 = curriculum.questions.find((q) => q.week === 2)!;
    // Practised ahead with --week 2, due again tomorrow; but week 2 starts in 5 days.
    course.cards[week2.id] = { ...reviewCard(undefined, Rating.Good, now).card, due: new Date(now.getTime() + day).toISOString() };
    const weekStart = (n: number) => new Date(now.getTime() + (n - 1) * 5 * day);
    expect(nextDue(curriculum, course, 1, weekStart)).toBe(weekStart(2).toISOString());
    expect(nextDue(curriculum, course, 2, weekStart)).toBe(new Date(now.getTime() + day).toISOString());
    expect(nextDue(curriculum, emptyCourse(), 1, weekStart)).toBeUndefined();
  });

  it('--week and --all practise beyond what is due', () => {
    const course = emptyCourse();
    for (const q of week1) course.cards[q.id] = reviewCard(undefined, Rating.Good, now).card;
    expect(selectQuestions(curriculum, course, { mode: 'default', currentWeek: 1, count: 5, now, random: random() })).toEqual([]);
    expect(selectQuestions(curriculum, course, { mode: 'week', week: 1, currentWeek: 1, count: 5, now, random: random() })).toHaveLength(5);
    const all = selectQuestions(curriculum, course, { mode: 'all', currentWeek: 1, count: 500, now, random: random() });
    expect(all).toHaveLength(curriculum.questions.length);
  });
});

/** The most useful next step: unread topic, then unticked item, then due reviews, then the assignment. */
import { describe, expect, it } from 'vitest';
import type { Item, WeekIndex } from '../../src/curriculum/types.js';
import { nextStep } from '../../src/plan/next-step.js';
import { emptyCourse } from '../../src/progress/types.js';

const item = (id: string, week: number, source: Item['source'] = 'roadmap'): Item => ({ id, week, text: { en: id }, source, aliases: [] });
const topic = (id: string, week: number) => ({ id, week, title: { en: id }, summary: { en: '' }, tools: [] });
const weeks = [
  { number: 1, topics: [topic('t1', 1), topic('t2', 1), topic('t3', 1)], items: [item('i1', 1), item('w1-assignment', 1, 'process'), item('i2', 1)] },
  { number: 2, topics: [topic('t4', 2)], items: [item('i3', 2)] },
] as unknown as WeekIndex[];

const done = (...ids: string[]) => {
  const course = emptyCourse();
  for (const id of ids) course.items[id] = { doneAt: '2026-12-01T00:00:00.000Z' };
  return course;
};
const read = (...ids: string[]) => Object.fromEntries(ids.map((id) => [id, '2026-12-01T00:00:00.000Z']));
const base = { weeks, week: 1, course: emptyCourse(), read: {}, reviewsDue: 0, carried: [] };

describe('nextStep', () => {
  it('starts with the first topic', () => {
    expect(nextStep(base)).toMatchObject({ kind: 'topic', id: 't1', first: true });
  });

  it('moves on to the next unread topic', () => {
    expect(nextStep({ ...base, read: read('t1') })).toMatchObject({ kind: 'topic', id: 't2', first: false });
    expect(nextStep({ ...base, read: read('t1', 't2') })).toMatchObject({ kind: 'topic', id: 't3' });
  });

  it('after show <topic>: the next unread one after it, wrapping around the week', () => {
    expect(nextStep({ ...base, read: read('t2'), after: 't2' })).toMatchObject({ kind: 'topic', id: 't3' });
    expect(nextStep({ ...base, read: read('t2', 't3'), after: 't3' })).toMatchObject({ kind: 'topic', id: 't1' });
  });

  it('then the next unticked item (not the assignment), then earlier weeks\' open items', () => {
    const all = read('t1', 't2', 't3');
    expect(nextStep({ ...base, read: all })).toMatchObject({ kind: 'item', item: { id: 'i1' } });
    expect(nextStep({ ...base, read: all, course: done('i1') })).toMatchObject({ kind: 'item', item: { id: 'i2' } });
    const week2 = { ...base, week: 2, read: read('t4'), course: done('i3'), carried: [item('i2', 1)] };
    expect(nextStep(week2)).toMatchObject({ kind: 'item', item: { id: 'i2' } });
  });

  it('then due reviews, then the assignment, then the next week', () => {
    const all = read('t1', 't2', 't3');
    expect(nextStep({ ...base, read: all, course: done('i1', 'i2'), reviewsDue: 3 })).toEqual({ kind: 'quiz', due: 3 });
    expect(nextStep({ ...base, read: all, course: done('i1', 'i2') })).toMatchObject({ kind: 'assignment', item: { id: 'w1-assignment' } });
    expect(nextStep({ ...base, read: all, course: done('i1', 'i2', 'w1-assignment') })).toEqual({ kind: 'next-week', week: 2 });
    expect(nextStep({ ...base, week: 2, read: read('t4'), course: done('i3') })).toEqual({ kind: 'finished' });
  });
});

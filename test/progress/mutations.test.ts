/** Ticking, unticking and merging item states: nothing the learner typed is dropped by accident. */
import { describe, expect, it } from 'vitest';
import { adoptAliases, checkItems, countAnswer, courseFor, mergeItems } from '../../src/progress/mutations.js';
import { emptyProgress, isDone, own } from '../../src/progress/types.js';

const at = new Date('2026-12-08T01:00:00.000Z');
const later = new Date('2026-12-09T01:00:00.000Z');
const today = '2026-12-08';

describe('checkItems', () => {
  it('unticking keeps the note and evidence, and ticking again shows them with a new time', () => {
    const p = emptyProgress();
    checkItems(p, 'c', ['a'], { at, today, note: 'PR was slow', evidence: ['https://github.com/o/r/pull/1'] });
    expect(checkItems(p, 'c', ['a'], { at, today, undo: true })).toEqual([{ id: 'a', change: 'undone' }]);
    expect(p.courses.c!.items.a).toEqual({ note: 'PR was slow', evidence: ['https://github.com/o/r/pull/1'] });
    expect(isDone(p.courses.c!.items.a)).toBe(false);
    checkItems(p, 'c', ['a'], { at: later, today });
    expect(p.courses.c!.items.a).toEqual({ doneAt: later.toISOString(), note: 'PR was slow', evidence: ['https://github.com/o/r/pull/1'] });
  });

  it('--undo with --note unticks and saves the new note', () => {
    const p = emptyProgress();
    checkItems(p, 'c', ['a'], { at, today, note: 'old' });
    expect(checkItems(p, 'c', ['a'], { at, today, undo: true, note: 'new' })).toEqual([{ id: 'a', change: 'undone' }]);
    expect(p.courses.c!.items.a).toEqual({ note: 'new' });
  });

  it('a note on an unticked item is saved without ticking it', () => {
    const p = emptyProgress();
    expect(checkItems(p, 'c', ['a'], { at, today, undo: true, note: 'later' })).toEqual([{ id: 'a', change: 'noted' }]);
    expect(p.courses.c!.items.a).toEqual({ note: 'later' });
  });

  it('unticking an item with nothing else saved leaves no entry', () => {
    const p = emptyProgress();
    checkItems(p, 'c', ['a'], { at, today });
    checkItems(p, 'c', ['a'], { at, today, undo: true });
    expect(p.courses.c!.items).toEqual({});
  });

  it('unticking drops what made the tick (by, verified) with it', () => {
    const p = emptyProgress();
    courseFor(p, 'c').items.a = { doneAt: at.toISOString(), by: 'verify', verified: { commit: 'abc', at: at.toISOString() }, evidence: ['git:abc'] };
    checkItems(p, 'c', ['a'], { at, today, undo: true });
    expect(p.courses.c!.items.a).toEqual({ evidence: ['git:abc'] });
  });

  it('records what made a tick other than check', () => {
    const p = emptyProgress();
    checkItems(p, 'c', ['a'], { at, today, by: 'import' });
    checkItems(p, 'c', ['b'], { at, today });
    expect(p.courses.c!.items).toEqual({ a: { doneAt: at.toISOString(), by: 'import' }, b: { doneAt: at.toISOString() } });
  });

  it('IDs that name Object.prototype members are plain entries', () => {
    const p = emptyProgress();
    expect(isDone(own(courseFor(p, 'constructor').items, 'constructor'))).toBe(false);
    checkItems(p, 'constructor', ['constructor', 'toString'], { at, today });
    expect(Object.keys(p.courses)).toEqual(['constructor']);
    expect(Object.keys(own(p.courses, 'constructor')!.items)).toEqual(['constructor', 'toString']);
    expect(JSON.parse(JSON.stringify(p)).courses.constructor.items.toString.doneAt).toBe(at.toISOString());
  });
});

describe('adoptAliases', () => {
  it('an item merged into another keeps both notes and all evidence, and the earlier tick', () => {
    const course = courseFor(emptyProgress(), 'c');
    course.items.old = { doneAt: at.toISOString(), note: 'from the old item', evidence: ['https://x/1'] };
    course.items.new = { doneAt: later.toISOString(), note: 'new note', evidence: ['https://x/2', 'https://x/1'] };
    adoptAliases(course, [{ id: 'new', aliases: ['old'] }], 'items');
    expect(course.items).toEqual({ new: { doneAt: at.toISOString(), note: 'new note\nfrom the old item', evidence: ['https://x/2', 'https://x/1'] } });
  });

  it('a ticked old item ticks an unticked new one that only had a note', () => {
    expect(mergeItems({ note: 'n' }, { doneAt: at.toISOString(), by: 'verify', verified: { commit: 'c', at: at.toISOString() } })).toEqual({
      note: 'n',
      doneAt: at.toISOString(),
      by: 'verify',
      verified: { commit: 'c', at: at.toISOString() },
    });
  });

  it('answer counts of a renamed question add up; the card reviewed last is kept', () => {
    const course = courseFor(emptyProgress(), 'c');
    const card = (last: string) => ({ due: last, last_review: last, state: 2 });
    course.cards.old = card('2026-12-09T00:00:00.000Z');
    course.cards.new = card('2026-12-01T00:00:00.000Z');
    countAnswer(course, 'old', { correct: true, at: '2026-12-09T00:00:00.000Z' });
    countAnswer(course, 'new', { correct: false, at: '2026-12-01T00:00:00.000Z', skipped: true });
    adoptAliases(course, [{ id: 'new', aliases: ['old'] }], 'cards');
    expect(Object.keys(course.cards)).toEqual(['new']);
    expect(course.cards.new!.due).toBe('2026-12-09T00:00:00.000Z');
    expect(course.answers).toEqual({ new: { answered: 2, correct: 1, overrides: 0, skipped: 1, lastAt: '2026-12-09T00:00:00.000Z' } });
  });
});

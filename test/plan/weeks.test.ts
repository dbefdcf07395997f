import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isCalendarDate, localDate } from '../../src/plan/dates.js';
import { streak } from '../../src/plan/streak.js';
import { currentWeek, weekRange } from '../../src/plan/weeks.js';

describe('currentWeek', () => {
  it.each([
    ['start today', '2026-11-27', '2026-11-27', { week: 1, status: 'in-progress', daysUntilStart: 0 }],
    ['day 7 is still week 1', '2026-11-27', '2026-12-03', { week: 1, status: 'in-progress', daysUntilStart: 0 }],
    ['day 8 is week 2', '2026-11-27', '2026-12-04', { week: 2, status: 'in-progress', daysUntilStart: 0 }],
    ['last day of week 6', '2026-11-01', '2026-12-12', { week: 6, status: 'in-progress', daysUntilStart: 0 }],
    ['start in the future', '2026-12-10', '2026-12-01', { week: 1, status: 'upcoming', daysUntilStart: 9 }],
    ['course finished', '2026-01-05', '2026-11-27', { week: 6, status: 'finished', daysUntilStart: 0 }],
    ['across a DST change (Europe)', '2026-03-22', '2026-03-29', { week: 2, status: 'in-progress', daysUntilStart: 0 }],
  ])('%s', (_name, start, today, expected) => {
    expect(currentWeek(start, today, 6)).toEqual(expected);
  });

  it('gives week dates of seven days each', () => {
    expect(weekRange('2026-11-27', 1)).toEqual({ startDate: '2026-11-27', endDate: '2026-12-03' });
    expect(weekRange('2026-11-27', 6)).toEqual({ startDate: '2027-01-01', endDate: '2027-01-07' });
  });
});

describe('dates', () => {
  it.each([
    ['2026-02-28', true],
    ['2026-02-30', false],
    ['2028-02-29', true],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['yesterday', false],
  ])('isCalendarDate(%s) = %s', (value, ok) => expect(isCalendarDate(value)).toBe(ok));

  it('does calendar arithmetic', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-11-27', '2026-12-04')).toBe(7);
    expect(localDate(new Date(2026, 10, 27, 23, 59))).toBe('2026-11-27');
  });
});

describe('streak', () => {
  const activity = { '2026-11-20': 1, '2026-11-25': 2, '2026-11-26': 1, '2026-11-27': 3 };
  it.each([
    ['counts back from today', '2026-11-27', 3],
    ['today not over yet: counts from yesterday', '2026-11-28', 3],
    ['broken by a missed day', '2026-11-29', 0],
  ])('%s', (_name, today, days) => {
    expect(streak(activity, today)).toEqual({ days, lastActive: '2026-11-27' });
  });
  it('is zero with no activity', () => expect(streak({}, '2026-11-27')).toEqual({ days: 0 }));
});

/** The guide's roadmap stages and checklist sections count ticks, not notes. */
import { describe, expect, it } from 'vitest';
import { tallyGuide } from '../../src/plan/roadmap.js';
import type { CurriculumIndex } from '../../src/curriculum/types.js';
import { emptyCourse } from '../../src/progress/types.js';

const item = (id: string) => ({ id, week: 1, text: { en: id }, source: 'roadmap' as const, aliases: [] });
const curriculum = {
  weeks: [{ number: 1, items: [item('a'), item('b'), item('c')] }],
  roadmap: { stages: [{ id: 's1', items: ['a', 'b'] }] },
  checklist: [{ id: 'c1', items: ['b', 'c'] }],
} as unknown as CurriculumIndex;

describe('tallyGuide', () => {
  it('an unticked item that only keeps a note is not done', () => {
    const course = emptyCourse();
    course.items.a = { doneAt: '2026-12-01T00:00:00.000Z' };
    course.items.b = { note: 'unticked, note kept' };
    const { stages, sections } = tallyGuide(curriculum, course);
    expect(stages.map((s) => [s.done, s.total])).toEqual([[1, 2]]);
    expect(sections.map((s) => [s.done, s.total])).toEqual([[0, 2]]);
  });
});

/**
 * Counting due reviews without loading ts-fsrs: a stored card's `due` is an
 * ISO string. Only questions of weeks up to the current one count, so
 * nothing is reviewed before it is taught.
 */
import type { CurriculumIndex } from '../curriculum/types.js';
import type { CourseProgress } from '../progress/types.js';

export function dueQuestionIds(curriculum: CurriculumIndex, course: CourseProgress, now: Date, upToWeek: number): string[] {
  const limit = now.getTime();
  const due: { id: string; at: number }[] = [];
  for (const q of curriculum.questions) {
    if (q.week > upToWeek) continue;
    const card = course.cards[q.id] ?? q.aliases.map((a) => course.cards[a]).find(Boolean);
    if (!card) continue;
    const at = Date.parse(card.due);
    if (at <= limit) due.push({ id: q.id, at });
  }
  return due.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id)).map((d) => d.id);
}

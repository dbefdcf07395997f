/**
 * Counting due reviews without loading ts-fsrs: a stored card's `due` is an
 * ISO string. Only questions of weeks up to the current one count, so
 * nothing is reviewed before it is taught.
 */
import type { CurriculumIndex, QuestionRef } from '../curriculum/types.js';
import { own, type CourseProgress } from '../progress/types.js';

/** The saved card of a question, under its ID or an old one. */
export function cardOf(question: Pick<QuestionRef, 'id' | 'aliases'>, course: CourseProgress) {
  return own(course.cards, question.id) ?? question.aliases.map((a) => own(course.cards, a)).find(Boolean);
}

export function dueQuestionIds(curriculum: CurriculumIndex, course: CourseProgress, now: Date, upToWeek: number): string[] {
  const limit = now.getTime();
  const due: { id: string; at: number }[] = [];
  for (const q of curriculum.questions) {
    if (q.week > upToWeek) continue;
    const card = cardOf(q, course);
    if (!card) continue;
    const at = Date.parse(card.due);
    if (at <= limit) due.push({ id: q.id, at });
  }
  // Plain code-point order for the tie-break: localeCompare's first call sets up ICU collation (~15 ms), on every `next` with reviews due.
  return due.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((d) => d.id);
}

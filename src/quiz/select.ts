/**
 * Which questions a quiz session asks: reviews that are due first, then
 * questions never seen, in a seeded random order. Only weeks up to the
 * current one are in play unless the learner asks for a week or --all.
 */
import type { Curriculum, CurriculumIndex, Question, QuestionRef } from '../curriculum/types.js';
import type { CourseProgress } from '../progress/types.js';
import { cardOf, dueQuestionIds } from './due.js';
import { shuffle, type Random } from './random.js';

export type QuizMode = 'default' | 'week' | 'all' | 'due';

export interface SelectOptions {
  mode: QuizMode;
  week?: number;
  currentWeek: number;
  count: number;
  now: Date;
  random: Random;
}



export function selectQuestions(curriculum: Curriculum, course: CourseProgress, options: SelectOptions): Question[] {
  const { mode, currentWeek, count, now, random } = options;
  const inPlay = curriculum.questions.filter((q) =>
    mode === 'week' ? q.week === options.week : mode === 'all' ? true : q.week <= currentWeek,
  );
  const upTo = mode === 'all' ? curriculum.weeks.length : mode === 'week' ? Math.max(options.week ?? 1, currentWeek) : currentWeek;
  const dueIds = new Set(dueQuestionIds(curriculum, course, now, upTo));
  const due = shuffle(inPlay.filter((q) => dueIds.has(q.id)), random);
  if (mode === 'due') return due.slice(0, count);
  const fresh = shuffle(inPlay.filter((q) => !cardOf(q, course)), random);
  const picked = [...due, ...fresh];
  if (mode !== 'default') {
    // Practice beyond what is due: the rest of the chosen weeks, soonest due first.
    const rest = inPlay
      .filter((q) => !dueIds.has(q.id) && cardOf(q, course))
      .sort((a, b) => Date.parse(cardOf(a, course)!.due) - Date.parse(cardOf(b, course)!.due));
    picked.push(...rest);
  }
  return picked.slice(0, count);
}

/**
 * When the next review comes due, as `next` and the default quiz will see it:
 * a card of a week not started yet waits for that week (`weekStart`, the
 * moment it begins) even when its own due date is earlier.
 */
export function nextDue(curriculum: CurriculumIndex, course: CourseProgress, currentWeek: number, weekStart: (week: number) => Date): string | undefined {
  let best: number | undefined;
  for (const q of curriculum.questions) {
    const due = cardOf(q, course)?.due;
    if (!due) continue;
    const at = q.week <= currentWeek ? Date.parse(due) : Math.max(Date.parse(due), weekStart(q.week).getTime());
    if (!Number.isNaN(at) && (best === undefined || at < best)) best = at;
  }
  return best === undefined ? undefined : new Date(best).toISOString();
}

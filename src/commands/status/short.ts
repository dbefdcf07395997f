/**
 * `mlops-study status --short`: one line for a shell prompt or a tmux status
 * bar, e.g. `W2 3/7 · 4 due` (Korean `2주차 3/7 · 복습 4`): the current week,
 * its checklist done/total, and the reviews due when there are any.
 *
 * - No start date saved yet: the schedule starts today, as `status` shows it.
 * - Before the start date: `W1 0/8 · in 3d` (the days until it starts).
 * - After the last week: `W6+ 41/43`, the whole course's done/total.
 * - A damaged progress file or a broken curriculum: `⚠ mlops-study doctor`
 *   (exit 1), never a message on stderr, and no file written or copied.
 *
 * No colour and no wrapping: prompts count escape sequences as width.
 */
import type { CurriculumIndex } from '../../curriculum/types.js';
import type { Messages } from '../../i18n/messages.js';
import { itemDone } from '../../plan/item-state.js';
import { currentWeek } from '../../plan/weeks.js';
import { courseOf, type Progress } from '../../progress/types.js';
import { dueQuestionIds } from '../../quiz/due.js';

export interface ShortInput {
  curriculum: CurriculumIndex;
  progress: Progress;
  now: Date;
  today: string;
  m: Messages;
}

export function shortStatus({ curriculum, progress, now, today, m }: ShortInput): string {
  const course = courseOf(progress, curriculum.id);
  const position = currentWeek(progress.profile.startDate ?? today, today, curriculum.weeks.length);
  const count = (weeks: CurriculumIndex['weeks']) => {
    const items = weeks.flatMap((w) => w.items);
    return `${items.filter((i) => itemDone(i, course)).length}/${items.length}`;
  };
  const due = position.status === 'upcoming' ? 0 : dueQuestionIds(curriculum, course, now, position.week).length;
  const parts =
    position.status === 'finished'
      ? [`${m.shortAfter(curriculum.weeks.length)} ${count(curriculum.weeks)}`]
      : [`${m.shortWeek(position.week)} ${count(curriculum.weeks.filter((w) => w.number === position.week))}`];
  if (position.status === 'upcoming') parts.push(m.shortStartsIn(position.daysUntilStart));
  if (due) parts.push(m.shortDue(due));
  return parts.join(' · ');
}

/** What a prompt shows when the status cannot be read: where to look, in one short line. */
export function shortProblem(unicode: boolean): string {
  return `${unicode ? '⚠' : '!'} mlops-study doctor`;
}

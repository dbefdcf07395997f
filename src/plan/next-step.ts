/**
 * The most useful next step of a week, for `next` and the end of `show`:
 * read the next unread topic, then do the next unticked item, then review
 * what is due, then finish with the assignment (the week's process items:
 * hand it in, review a teammate's). Pure: progress and the due count come in.
 */
import type { Item, TopicRef, WeekIndex } from '../curriculum/types.js';
import { own, type CourseProgress } from '../progress/types.js';
import { itemDone } from './item-state.js';

export type NextStep =
  | { kind: 'topic'; id: string; title: TopicRef['title']; first: boolean }
  | { kind: 'item'; item: Item }
  | { kind: 'quiz'; due: number }
  | { kind: 'assignment'; item: Item }
  | { kind: 'next-week'; week: number }
  | { kind: 'finished' };

export interface NextStepInput {
  weeks: WeekIndex[];
  /** The week in view. */
  week: number;
  course: CourseProgress;
  /** Topic ID → first read time (saved and pending). */
  read: Record<string, string>;
  reviewsDue: number;
  /** Items of earlier weeks still open, oldest first. */
  carried: Item[];
  /** From `show <topic>`: the next topic after this one (wrapping around the week). */
  after?: string;
}

const isAssignment = (item: Item) => item.source === 'process';

export function nextStep(input: NextStepInput): NextStep {
  const { weeks, week, course, read, reviewsDue, carried } = input;
  const current = weeks[week - 1];
  if (!current) return { kind: 'finished' };
  const topics = current.topics;
  const start = input.after === undefined ? 0 : topics.findIndex((t) => t.id === input.after) + 1;
  const order = [...topics.slice(start), ...topics.slice(0, start)];
  const unread = order.find((t) => t.id !== input.after && !own(read, t.id));
  if (unread) return { kind: 'topic', id: unread.id, title: unread.title, first: topics.every((t) => !own(read, t.id)) && !current.items.some((i) => itemDone(i, course)) };
  const open = [...current.items, ...carried].filter((i) => !itemDone(i, course));
  const work = open.find((i) => !isAssignment(i));
  if (work) return { kind: 'item', item: work };
  if (reviewsDue > 0) return { kind: 'quiz', due: reviewsDue };
  const assignment = open.find(isAssignment);
  if (assignment) return { kind: 'assignment', item: assignment };
  if (week < weeks.length) return { kind: 'next-week', week: week + 1 };
  return { kind: 'finished' };
}

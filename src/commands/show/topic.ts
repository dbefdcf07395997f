/**
 * `show <topic>`: a topic's notes, marked as read, with its checklist items
 * (done or not) and the next step. The learner's most frequent command after
 * `next`, so it stays as fast: the index and the one topic's page from the
 * caches (not the whole curriculum), and the read mark appended to a log
 * without the progress lock (src/progress/reads.ts).
 */
import type { Context } from '../../context.js';
import type { TopicPage } from '../../curriculum/topic-cache.js';
import { pick } from '../../i18n/lang.js';
import { carriedOver, itemDone } from '../../plan/item-state.js';
import { nextStep } from '../../plan/next-step.js';
import { appendRead } from '../../progress/reads.js';
import { own } from '../../progress/types.js';
import { dueQuestionIds } from '../../quiz/due.js';
import type { Suggestion } from '../../ui/suggestion.js';
import { describeStep } from '../next/index.js';
import { courseProgress, readTopics, schedule } from '../shared.js';

export interface TopicView {
  page: TopicPage;
  /** The unit the topic is in: its number (0 for an appendix unit), title and the guide's own label. */
  week: { number: number; title: string; label?: string };
  items: { id: string; text: string; done: boolean }[];
  /** What to do after reading this: the next unread topic, else the next item, reviews or the assignment. */
  next: { suggestion: Suggestion; topic?: { id: string; title: string } };
  /** `new`: marked read just now; `already`: read before (with when); `peek`: --no-mark. */
  read: { state: 'new' | 'already' | 'peek'; at?: string };
}

/** The view of a topic, or undefined when `query` names no topic (then `show` looks for a week, tool…). */
export async function showTopic(ctx: Context, query: string, options: { mark?: boolean } = {}): Promise<TopicView | undefined> {
  const key = query.trim().toLowerCase();
  const index = await ctx.curriculumIndex();
  // A unit's own ID names the unit (`show faq`), as in show/index.ts: left to the full `show`.
  if ([...index.weeks, ...index.appendix].some((w) => w.id === key)) return undefined;
  const week = index.weeks.find((w) => w.topics.some((t) => t.id === key));
  if (!week) return undefined;
  const page = await ctx.topicPage(key);
  if (!page) return undefined;

  const read = readTopics(ctx, index);
  const readBefore = own(read, key);
  let state: TopicView['read']['state'] = readBefore ? 'already' : 'peek';
  // A newer mlops-study's file is never written to, nor its log.
  if (!readBefore && options.mark !== false && !ctx.progress().newer) {
    const at = ctx.now.toISOString();
    if (appendRead(ctx.progressFile, { course: index.id, topic: key, at })) {
      read[key] = at;
      state = 'new';
    }
  }
  const course = courseProgress(ctx, index);
  const current = schedule(ctx, index).position.week;
  const step = nextStep({
    weeks: index.weeks,
    week: week.number,
    course,
    read,
    reviewsDue: dueQuestionIds(index, course, ctx.now, current).length,
    carried: carriedOver(index, course, week.number),
    after: key,
  });
  return {
    page,
    week: { number: week.number, title: pick(week.title, ctx.lang), ...(week.label ? { label: pick(week.label, ctx.lang) } : {}) },
    items: week.items.filter((i) => i.topic === key).map((i) => ({ id: i.id, text: pick(i.text, ctx.lang), done: itemDone(i, course) })),
    next: { suggestion: describeStep(step, ctx), ...(step.kind === 'topic' ? { topic: { id: step.id, title: pick(step.title, ctx.lang) } } : {}) },
    read: { state, ...(readBefore ? { at: readBefore } : {}) },
  };
}

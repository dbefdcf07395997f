/**
 * `mlops-study read <topic...> [--undo]`: marks topics read (for notes read
 * elsewhere) or unread again. A locked write: it folds the marks `show`
 * appended first, so an unmarked topic stays unmarked.
 */
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { placeholder } from '../../i18n/help.js';
import { pick } from '../../i18n/lang.js';
import { courseFor, recordActivity, setOwn } from '../../progress/mutations.js';
import { updateProgress } from '../../progress/store.js';
import { own } from '../../progress/types.js';
import { closest } from '../../util/suggest.js';

export interface ReadView {
  changes: { id: string; title: string; week: number; change: 'read' | 'unread' | 'unchanged'; undo: boolean }[];
  weeks: { week: number; read: number; total: number }[];
}

export async function read(ctx: Context, ids: string[], options: { undo?: boolean }): Promise<ReadView> {
  const index = await ctx.curriculumIndex();
  const topics = new Map(index.weeks.flatMap((w) => w.topics).map((t) => [t.id, t]));
  const wanted = [...new Set(ids.map((id) => id.trim().toLowerCase()))];
  const unknown = wanted.filter((id) => !topics.has(id));
  if (unknown.length) {
    const guesses = closest(unknown[0]!, [...topics.keys()]);
    throw new UsageError(ctx.m.errUnknownTopics(unknown.join(', '), unknown.length > 1), guesses.length ? ctx.m.hintDidYouMean(guesses.map((g) => ctx.cmd('read', g)).join(', ')) : ctx.m.hintTopicIds(ctx.cmd('next'), ctx.cmd('search', { placeholder: placeholder('words', ctx.lang) })));
  }
  const { progress, result } = await updateProgress(
    ctx.progressFile,
    (p) => {
      const course = courseFor(p, index.id);
      const changes = wanted.map((id) => {
        const was = own(course.read, id);
        if (options.undo) {
          if (was) delete course.read[id];
          return { id, change: was ? ('unread' as const) : ('unchanged' as const) };
        }
        if (!was) setOwn(course.read, id, ctx.now.toISOString());
        return { id, change: was ? ('unchanged' as const) : ('read' as const) };
      });
      const changed = changes.filter((c) => c.change !== 'unchanged').length;
      if (changed) recordActivity(course, ctx.today, changed);
      return changes;
    },
    { now: ctx.now },
  );
  ctx.remember(progress);
  const saved = own(progress.courses, index.id)?.read ?? {};
  const touched = new Set(wanted.map((id) => topics.get(id)!.week));
  return {
    changes: result.map((c) => ({ ...c, title: pick(topics.get(c.id)!.title, ctx.lang), week: topics.get(c.id)!.week, undo: options.undo === true })),
    weeks: index.weeks.filter((w) => touched.has(w.number)).map((w) => ({ week: w.number, read: w.topics.filter((t) => own(saved, t.id)).length, total: w.topics.length })),
  };
}

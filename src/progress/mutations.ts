/** Pure changes to a Progress object (the store applies them inside its lock). */
import { emptyCourse, type CourseProgress, type Progress } from './types.js';

export function courseFor(progress: Progress, courseId: string): CourseProgress {
  progress.courses[courseId] ??= emptyCourse();
  return progress.courses[courseId];
}

export function recordActivity(course: CourseProgress, day: string, count = 1): void {
  course.activity[day] = (course.activity[day] ?? 0) + count;
}

export interface CheckChange {
  id: string;
  change: 'done' | 'undone' | 'unchanged' | 'noted';
}

export interface CheckOptions {
  at: Date;
  today: string;
  undo?: boolean;
  note?: string;
  evidence?: string[];
}

/** Marks items done (or not done with `undo`). Already-done items keep their first time. */
export function checkItems(progress: Progress, courseId: string, ids: string[], options: CheckOptions): CheckChange[] {
  const course = courseFor(progress, courseId);
  const changes = ids.map((id): CheckChange => {
    const existing = course.items[id];
    if (options.undo) {
      if (!existing) return { id, change: 'unchanged' };
      delete course.items[id];
      return { id, change: 'undone' };
    }
    if (existing) {
      const noted = options.note !== undefined && options.note !== existing.note;
      const extra = (options.evidence ?? []).filter((e) => !(existing.evidence ?? []).includes(e));
      if (noted) existing.note = options.note;
      if (extra.length) existing.evidence = [...(existing.evidence ?? []), ...extra];
      return { id, change: noted || extra.length ? 'noted' : 'unchanged' };
    }
    course.items[id] = {
      doneAt: options.at.toISOString(),
      ...(options.note !== undefined ? { note: options.note } : {}),
      ...(options.evidence?.length ? { evidence: [...new Set(options.evidence)] } : {}),
    };
    return { id, change: 'done' };
  });
  const changed = changes.filter((c) => c.change !== 'unchanged').length;
  if (changed) recordActivity(course, options.today, changed);
  return changes;
}

/**
 * Moves progress saved under an old ID (listed in `aliases`) to the current
 * ID, for items and quiz cards. Run before every write, so renames carry over.
 */
export function adoptAliases(
  course: CourseProgress,
  renames: { id: string; aliases: string[] }[],
  kind: 'items' | 'cards',
): void {
  const store = course[kind] as Record<string, unknown>;
  for (const { id, aliases } of renames) {
    for (const alias of aliases) {
      if (!(alias in store)) continue;
      if (!(id in store)) store[id] = store[alias];
      delete store[alias];
      if (kind === 'cards') for (const r of course.reviews) if (r.question === alias) r.question = id;
    }
  }
}

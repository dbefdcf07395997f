/** Pure changes to a Progress object (the store applies them inside its lock). */
import { emptyCourse, isDone, own, type AnswerTally, type CourseProgress, type ItemProgress, type Progress, type TickSource } from './types.js';

export function courseFor(progress: Progress, courseId: string): CourseProgress {
  const existing = own(progress.courses, courseId);
  if (existing) return existing;
  const course = emptyCourse();
  Object.defineProperty(progress.courses, courseId, { value: course, enumerable: true, writable: true, configurable: true });
  return course;
}

/** Sets record[id] as an own property, whatever the id (even one that names an Object.prototype member). */
export function setOwn<T>(record: Record<string, T>, id: string, value: T): T {
  Object.defineProperty(record, id, { value, enumerable: true, writable: true, configurable: true });
  return value;
}

export function recordActivity(course: CourseProgress, day: string, count = 1): void {
  setOwn(course.activity, day, (own(course.activity, day) ?? 0) + count);
}

export interface CheckChange {
  id: string;
  /** `edited`: only a note or evidence was removed (the tick is as it was). */
  change: 'done' | 'undone' | 'unchanged' | 'noted' | 'edited';
  /** What an explicit removal took away (clearNote, removeEvidence). */
  removed?: Removed;
}

export interface Removed {
  note?: string;
  evidence: string[];
  /** Evidence asked to be removed that the item does not have. */
  missing: string[];
}

export interface CheckOptions {
  at: Date;
  today: string;
  undo?: boolean;
  note?: string;
  evidence?: string[];
  /** What makes the tick (default `check`). */
  by?: TickSource;
  /** Remove the note (the only way a note is deleted). */
  clearNote?: boolean;
  /** Remove these pieces of evidence. */
  removeEvidence?: string[];
}

/**
 * Marks items done (or not done with `undo`). Already-done items keep their
 * first time. Unticking keeps the note and evidence (the learner typed them;
 * only an explicit removal deletes them), and a note or evidence given with
 * `undo` is saved too.
 */
export function checkItems(progress: Progress, courseId: string, ids: string[], options: CheckOptions): CheckChange[] {
  const course = courseFor(progress, courseId);
  // Removing alone changes nothing else: `check ID --clear-note` does not tick the item.
  const removalOnly = !options.undo && (options.clearNote || options.removeEvidence?.length) && options.note === undefined && !options.evidence?.length;
  const changes = ids.map((id): CheckChange => {
    let entry: ItemProgress = { ...own(course.items, id) };
    const removed = removeNotes(entry, options);
    const noted = addNotes(entry, options);
    let change: CheckChange['change'] = noted ? 'noted' : removed && (removed.note !== undefined || removed.evidence.length) ? 'edited' : 'unchanged';
    if (options.undo && isDone(entry)) {
      const { doneAt: _doneAt, by: _by, verified: _verified, ...kept } = entry;
      entry = kept;
      change = 'undone';
    } else if (!options.undo && !removalOnly && !isDone(entry)) {
      entry.doneAt = options.at.toISOString();
      if (options.by && options.by !== 'check') entry.by = options.by;
      change = 'done';
    }
    if (Object.keys(entry).length) setOwn(course.items, id, entry);
    else delete course.items[id];
    return { id, change, ...(removed ? { removed } : {}) };
  });
  const changed = changes.filter((c) => c.change !== 'unchanged').length;
  if (changed) recordActivity(course, options.today, changed);
  return changes;
}

/** Explicit removals: the note, and pieces of evidence by value. Undefined when none was asked for. */
function removeNotes(entry: ItemProgress, options: Pick<CheckOptions, 'clearNote' | 'removeEvidence'>): Removed | undefined {
  if (!options.clearNote && !options.removeEvidence?.length) return undefined;
  const removed: Removed = { evidence: [], missing: [] };
  if (options.clearNote && entry.note !== undefined) {
    removed.note = entry.note;
    delete entry.note;
  }
  for (const value of new Set(options.removeEvidence ?? [])) {
    if (entry.evidence?.includes(value)) removed.evidence.push(value);
    else removed.missing.push(value);
  }
  if (removed.evidence.length) {
    const left = (entry.evidence ?? []).filter((e) => !removed.evidence.includes(e));
    if (left.length) entry.evidence = left;
    else delete entry.evidence;
  }
  return removed;
}

/** Adds a note (replacing the old one) and new evidence; true when anything changed. */
function addNotes(entry: ItemProgress, options: Pick<CheckOptions, 'note' | 'evidence'>): boolean {
  const noted = options.note !== undefined && options.note !== entry.note;
  const extra = [...new Set(options.evidence ?? [])].filter((e) => !(entry.evidence ?? []).includes(e));
  if (noted) entry.note = options.note;
  if (extra.length) entry.evidence = [...(entry.evidence ?? []), ...extra];
  return noted || extra.length > 0;
}

/** Merges two saved states of one item (an old ID folded into its new one): nothing either held is lost. */
export function mergeItems(kept: ItemProgress, merged: ItemProgress): ItemProgress {
  const out: ItemProgress = { ...kept };
  if (!isDone(out) && isDone(merged)) {
    out.doneAt = merged.doneAt;
    if (merged.by) out.by = merged.by;
    if (merged.verified) out.verified = merged.verified;
  } else if (isDone(out) && isDone(merged) && merged.doneAt < out.doneAt) out.doneAt = merged.doneAt;
  if (merged.note && merged.note !== out.note) out.note = out.note ? `${out.note}\n${merged.note}` : merged.note;
  const evidence = [...(out.evidence ?? []), ...(merged.evidence ?? []).filter((e) => !(out.evidence ?? []).includes(e))];
  if (evidence.length) out.evidence = evidence;
  return out;
}

/** Counts one answer of a question (for statistics; the review log keeps the answer itself). */
export function countAnswer(course: CourseProgress, questionId: string, answer: { correct: boolean; at: string; override?: boolean; skipped?: boolean }): void {
  const tally = own(course.answers, questionId) ?? setOwn(course.answers, questionId, { answered: 0, correct: 0, overrides: 0, skipped: 0, lastAt: answer.at });
  tally.answered++;
  if (answer.correct) tally.correct++;
  if (answer.override) tally.overrides++;
  if (answer.skipped) tally.skipped++;
  if (answer.at > tally.lastAt) tally.lastAt = answer.at;
}

function mergeTallies(a: AnswerTally, b: AnswerTally): AnswerTally {
  return {
    answered: a.answered + b.answered,
    correct: a.correct + b.correct,
    overrides: a.overrides + b.overrides,
    skipped: a.skipped + b.skipped,
    lastAt: a.lastAt > b.lastAt ? a.lastAt : b.lastAt,
  };
}

/**
 * Moves progress saved under an old ID (listed in `aliases`) to the current
 * ID, for items and quiz cards. Run before every write, so renames carry
 * over; when both IDs hold something (an item merged into another), both are
 * kept: notes and evidence are joined, answer counts added up, and the card
 * reviewed last wins.
 */
export function adoptAliases(course: CourseProgress, renames: { id: string; aliases: string[] }[], kind: 'items' | 'cards'): void {
  for (const { id, aliases } of renames) {
    for (const alias of aliases) {
      if (kind === 'items') {
        const old = own(course.items, alias);
        if (!old) continue;
        const current = own(course.items, id);
        setOwn(course.items, id, current ? mergeItems(current, old) : old);
        delete course.items[alias];
      } else {
        const old = own(course.cards, alias);
        if (old) {
          const current = own(course.cards, id);
          if (!current || String(old.last_review ?? '') > String(current.last_review ?? '')) setOwn(course.cards, id, old);
          delete course.cards[alias];
        }
        const tally = own(course.answers, alias);
        if (tally) {
          const current = own(course.answers, id);
          setOwn(course.answers, id, current ? mergeTallies(current, tally) : tally);
          delete course.answers[alias];
        }
      }
    }
  }
}

export interface VerifyTick {
  /** The project's HEAD commit the items passed at. */
  commit: string;
  /** The project's remote URL, credentials already removed. */
  remote?: string;
  at: Date;
  today: string;
}

/**
 * Records that items passed `verify`: an unticked item is ticked (`by:
 * verify`), one ticked earlier keeps its time and what ticked it; both get
 * `verified` (commit, time, remote) and the evidence `git:<commit>` plus the
 * remote URL. Never unticks anything.
 */
export function verifyItems(progress: Progress, courseId: string, ids: string[], tick: VerifyTick): CheckChange[] {
  const evidence = [`git:${tick.commit}`, ...(tick.remote ? [tick.remote] : [])];
  const changes = checkItems(progress, courseId, ids, { at: tick.at, today: tick.today, by: 'verify', evidence });
  const course = courseFor(progress, courseId);
  for (const { id } of changes) {
    const entry = own(course.items, id);
    if (entry) entry.verified = { commit: tick.commit, at: tick.at.toISOString(), ...(tick.remote ? { remote: tick.remote } : {}) };
  }
  return changes;
}

/**
 * Upgrades progress written by older mlops-study versions, one version at a
 * time. The store keeps a copy of the original (<file>.v<N>.bak) before the
 * first write in the new format, and appends the review history that version
 * 2 moved out of the file to the review log.
 */
import { setOwn } from './mutations.js';
import { own, SCHEMA_VERSION, type AnswerTally, type Progress, type ReviewEntry } from './types.js';

export interface Migrated {
  progress: Progress;
  /** Review history taken out of the file, for the review log. */
  movedReviews: ReviewEntry[];
}

type Step = (p: Progress, legacyReviews: ReviewEntry[]) => Migrated;

/** MIGRATIONS[n] turns version n into version n + 1. */
const MIGRATIONS: Record<number, Step> = {
  // Version 0: a file without schemaVersion (conf's empty store, or written by hand).
  // Its content already has version 1's shape; it only gains the version number.
  0: (p) => ({ progress: { ...p, schemaVersion: 1 }, movedReviews: [] }),
  // Version 2: the review history moves to reviews.jsonl, and each question's
  // answers are counted in the file instead (for statistics). Items, cards,
  // activity and sessions keep their shape; read topics start empty.
  1: (p, legacyReviews) => {
    const progress = structuredClone(p);
    for (const review of legacyReviews) {
      // Own entries only: a question called "constructor" is counted, not Object's constructor.
      const course = own(progress.courses, review.course);
      if (!course) continue;
      const tally: AnswerTally = own(course.answers, review.question) ?? setOwn(course.answers, review.question, { answered: 0, correct: 0, overrides: 0, skipped: 0, lastAt: review.at });
      tally.answered++;
      if (review.correct) tally.correct++;
      if (review.at > tally.lastAt) tally.lastAt = review.at;
    }
    return { progress: { ...progress, schemaVersion: 2 }, movedReviews: legacyReviews };
  },
};

export function migrate(progress: Progress, legacyReviews: ReviewEntry[] = []): Migrated {
  let current = progress;
  const moved: ReviewEntry[] = [];
  while (current.schemaVersion < SCHEMA_VERSION) {
    const step = MIGRATIONS[current.schemaVersion];
    if (!step) throw new Error(`no migration from progress schemaVersion ${current.schemaVersion}`);
    const next = step(current, legacyReviews);
    current = next.progress;
    moved.push(...next.movedReviews);
  }
  return { progress: current, movedReviews: moved };
}

/**
 * The progress file (one per learner, JSON, written through conf). Keyed by
 * curriculum id, then by item or question id: never by position.
 */
import type { Lang } from '../i18n/lang.js';

export const SCHEMA_VERSION = 1;

export interface Profile {
  name?: string;
  /** Local calendar date YYYY-MM-DD of day 1 of week 1. */
  startDate?: string;
  lang?: Lang;
  groupDir?: string;
}

export interface ItemProgress {
  doneAt: string;
  note?: string;
  evidence?: string[];
}

/** A ts-fsrs Card as JSON (dates as ISO strings); restored with TypeConvert.card(). */
export type StoredCard = Record<string, unknown> & { due: string };

export interface ReviewEntry {
  question: string;
  at: string;
  correct: boolean;
  /** ts-fsrs Rating: 1 Again, 2 Hard, 3 Good, 4 Easy. */
  rating: number;
  /** ts-fsrs ReviewLog fields as JSON. */
  log?: Record<string, unknown>;
}

export interface QuizSession {
  at: string;
  score: number;
  total: number;
  durationMs: number;
}

export interface CourseProgress {
  items: Record<string, ItemProgress>;
  /** Local date YYYY-MM-DD → number of changes made that day (for streaks). */
  activity: Record<string, number>;
  cards: Record<string, StoredCard>;
  reviews: ReviewEntry[];
  sessions: QuizSession[];
}

export interface Progress {
  schemaVersion: number;
  profile: Profile;
  courses: Record<string, CourseProgress>;
}

export function emptyProgress(): Progress {
  return { schemaVersion: SCHEMA_VERSION, profile: {}, courses: {} };
}

export function emptyCourse(): CourseProgress {
  return { items: {}, activity: {}, cards: {}, reviews: [], sessions: [] };
}

export function courseOf(progress: Progress, courseId: string): CourseProgress {
  return progress.courses[courseId] ?? emptyCourse();
}

/**
 * The progress file (one per learner, JSON). Keyed by curriculum id, then by
 * item, topic or question id: never by position. docs/progress-format.md
 * describes every field; the quiz review history lives beside it in its own
 * append-only file (see review-log.ts), so the daily commands never parse it.
 */
import type { Lang } from '../i18n/lang.js';

export const SCHEMA_VERSION = 2;

export interface Profile {
  name?: string;
  /** Local calendar date YYYY-MM-DD of day 1 of week 1. */
  startDate?: string;
  lang?: Lang;
  groupDir?: string;
  /** The learner's own project repository, for `verify`. */
  projectDir?: string;
  /** The file name of this learner's snapshot in the group repository's members/ directory. */
  memberFile?: string;
}

/** What made a tick: `check` (by hand, also every tick saved before schemaVersion 2), an `import`ed guide, or `verify`. */
export type TickSource = 'check' | 'import' | 'verify';

/** A tick that `verify` made after the learner's project passed the item's probes. */
export interface Verification {
  /** The project's HEAD commit when it passed. */
  commit: string;
  at: string;
  /** The project's remote URL without credentials, when it has one. */
  remote?: string;
}

/**
 * An item's saved state. It is done exactly when `doneAt` is set; an item
 * that was unticked keeps its note and evidence (and shows them again when
 * ticked again), so no entry is ever deleted by unticking.
 */
export interface ItemProgress {
  doneAt?: string;
  /** What made the current tick; absent means `check`. */
  by?: TickSource;
  note?: string;
  evidence?: string[];
  verified?: Verification;
}

/** A ts-fsrs Card as JSON (dates as ISO strings); restored with TypeConvert.card(). */
export type StoredCard = Record<string, unknown> & { due: string };

/** Per question: how often it was answered and how. Kept in the progress file so statistics never read the review log. */
export interface AnswerTally {
  answered: number;
  /** Right answers, overrides included. */
  correct: number;
  /** Answers graded wrong that the learner overrode ("I was right (typo)"). */
  overrides: number;
  /** "Don't know" answers (graded as wrong). */
  skipped: number;
  lastAt: string;
}

/** One answer in the review log (reviews.jsonl beside the progress file). */
export interface ReviewEntry {
  course: string;
  question: string;
  at: string;
  correct: boolean;
  /** ts-fsrs Rating: 1 Again, 2 Hard, 3 Good, 4 Easy. */
  rating: number;
  override?: true;
  skipped?: true;
  /** ts-fsrs ReviewLog fields as JSON. */
  log?: Record<string, unknown>;
}

export interface QuizSession {
  at: string;
  score: number;
  total: number;
  durationMs: number;
  /** Ended with Ctrl+C: `total` counts the questions answered. */
  interrupted?: true;
}

export interface CourseProgress {
  items: Record<string, ItemProgress>;
  /** Topic ID → when it was first read (`show <topic>`). */
  read: Record<string, string>;
  /** Local date YYYY-MM-DD → number of changes made that day (for streaks). */
  activity: Record<string, number>;
  cards: Record<string, StoredCard>;
  answers: Record<string, AnswerTally>;
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
  return { items: {}, read: {}, activity: {}, cards: {}, answers: {}, sessions: [] };
}

export function courseOf(progress: Progress, courseId: string): CourseProgress {
  return (Object.hasOwn(progress.courses, courseId) ? progress.courses[courseId] : undefined) ?? emptyCourse();
}

/** Ticked: an entry with a time. Entries without one keep an unticked item's note and evidence. */
export function isDone(entry: ItemProgress | undefined): entry is ItemProgress & { doneAt: string } {
  return typeof entry?.doneAt === 'string';
}

/** An own entry of a record keyed by ID (never one inherited from Object.prototype, such as "constructor"). */
export function own<T>(record: Record<string, T>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

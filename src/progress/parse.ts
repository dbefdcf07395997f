/**
 * Checks the shape of a progress file by hand (no ajv/zod on the read path,
 * see issue 6) and salvages what is valid, so `config repair` can keep it.
 */
import { isLang } from '../i18n/lang.js';
import { emptyCourse, SCHEMA_VERSION, type CourseProgress, type ItemProgress, type Progress, type Profile, type ReviewEntry, type TickSource } from './types.js';

/**
 * What is wrong with a part of the file, as data: the catalogue words it
 * (`m.progressProblem`) in the run's language. `at` is the JSON path of the
 * part, e.g. `courses.mlops-study.items.a`.
 */
export type ProgressProblem =
  | { code: 'top-not-object' | 'schema-version' | 'legacy-reviews' }
  | { code: 'unknown-field'; field: string }
  | { code: 'not-object' | 'not-list' | 'not-text' | 'not-date' | 'not-lang' | 'not-time' | 'unusable-id' | 'activity' | 'card' | 'answers' | 'review' | 'session'; at: string }
  | { code: 'item'; at: string; reason: ItemProblem };

export type ItemProblem = 'done-at' | 'by' | 'note' | 'evidence' | 'verified';

/** Text that is no JSON at all for a reason JSON.parse would not name: empty, or holding NUL bytes. */
export class ProgressTextError extends SyntaxError {
  constructor(readonly reason: 'empty' | 'nul') {
    super(reason === 'empty' ? 'the file is empty' : 'the file contains NUL bytes');
  }
}

export interface ParsedProgress {
  progress: Progress;
  /** What is wrong, as data; empty when the file is fully valid. */
  problems: ProgressProblem[];
  /** The review history of a file older than schemaVersion 2, which kept it inside; migration moves it to the review log. */
  legacyReviews: ReviewEntry[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isIso = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));
/** Keys that JSON.parse keeps as own properties but that would change an object's prototype when assigned. */
const usableKey = (key: string) => key !== '__proto__';
const TICK_SOURCES: readonly string[] = ['check', 'import', 'verify'] satisfies TickSource[];

/** Parses file text. Throws SyntaxError for text that is not JSON at all. */
export function parseProgressText(text: string): ParsedProgress {
  if (!text.trim()) throw new ProgressTextError('empty');
  if (text.includes('\u0000')) throw new ProgressTextError('nul');
  return parseProgress(JSON.parse(text) as unknown);
}

export function parseProgress(data: unknown): ParsedProgress {
  const problems: ProgressProblem[] = [];
  if (!isObject(data)) {
    return { progress: { schemaVersion: SCHEMA_VERSION, profile: {}, courses: {} }, problems: [{ code: 'top-not-object' }], legacyReviews: [] };
  }
  // No schemaVersion at all is version 0 (an unversioned file, e.g. conf's empty `{}`): migrated, not damaged.
  const version = data.schemaVersion ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) problems.push({ code: 'schema-version' });
  for (const key of Object.keys(data)) {
    if (!['schemaVersion', 'profile', 'courses', '__internal__'].includes(key)) problems.push({ code: 'unknown-field', field: key });
  }
  const profile = parseProfile(data.profile, problems);
  const courses: Record<string, CourseProgress> = {};
  const legacyReviews: ReviewEntry[] = [];
  if (data.courses !== undefined && !isObject(data.courses)) problems.push({ code: 'not-object', at: 'courses' });
  for (const [id, value] of Object.entries(isObject(data.courses) ? data.courses : {})) {
    if (usableKey(id)) courses[id] = parseCourse(value, id, problems, legacyReviews);
    else problems.push({ code: 'unusable-id', at: `courses.${id}` });
  }
  if (typeof version === 'number' && version >= 2 && legacyReviews.length) problems.push({ code: 'legacy-reviews' });
  return { progress: { schemaVersion: typeof version === 'number' && Number.isInteger(version) ? version : SCHEMA_VERSION, profile, courses }, problems, legacyReviews };
}

function parseProfile(value: unknown, problems: ProgressProblem[]): Profile {
  if (value === undefined) return {};
  if (!isObject(value)) {
    problems.push({ code: 'not-object', at: 'profile' });
    return {};
  }
  const profile: Profile = {};
  if (typeof value.name === 'string') profile.name = value.name;
  else if (value.name !== undefined) problems.push({ code: 'not-text', at: 'profile.name' });
  if (typeof value.startDate === 'string' && DATE.test(value.startDate)) profile.startDate = value.startDate;
  else if (value.startDate !== undefined) problems.push({ code: 'not-date', at: 'profile.startDate' });
  if (isLang(value.lang)) profile.lang = value.lang;
  else if (value.lang !== undefined) problems.push({ code: 'not-lang', at: 'profile.lang' });
  for (const key of ['groupDir', 'projectDir', 'memberFile'] as const) {
    const text = value[key];
    if (typeof text === 'string') profile[key] = text;
    else if (text !== undefined) problems.push({ code: 'not-text', at: `profile.${key}` });
  }
  return profile;
}

function parseCourse(value: unknown, courseId: string, problems: ProgressProblem[], legacyReviews: ReviewEntry[]): CourseProgress {
  const where = `courses.${courseId}`;
  const course = emptyCourse();
  if (!isObject(value)) {
    problems.push({ code: 'not-object', at: where });
    return course;
  }
  const section = (key: string, kind: 'object' | 'array') => {
    const v = value[key];
    if (v === undefined) return kind === 'object' ? {} : [];
    if (kind === 'object' ? isObject(v) : Array.isArray(v)) return v;
    problems.push({ code: kind === 'object' ? 'not-object' : 'not-list', at: `${where}.${key}` });
    return kind === 'object' ? {} : [];
  };
  const entries = (key: string) => Object.entries(section(key, 'object') as Record<string, unknown>).filter(([id]) => usableKey(id) || void problems.push({ code: 'unusable-id', at: `${where}.${key}.${id}` }));
  for (const [id, item] of entries('items')) {
    const parsed = parseItem(item);
    if (typeof parsed === 'string') problems.push({ code: 'item', at: `${where}.items.${id}`, reason: parsed });
    else course.items[id] = parsed;
  }
  for (const [id, at] of entries('read')) {
    if (isIso(at)) course.read[id] = at;
    else problems.push({ code: 'not-time', at: `${where}.read.${id}` });
  }
  for (const [day, n] of entries('activity')) {
    if (DATE.test(day) && typeof n === 'number' && n >= 0) course.activity[day] = n;
    else problems.push({ code: 'activity', at: `${where}.activity.${day}` });
  }
  for (const [id, card] of entries('cards')) {
    if (isCard(card)) course.cards[id] = card as CourseProgress['cards'][string];
    else problems.push({ code: 'card', at: `${where}.cards.${id}` });
  }
  for (const [id, tally] of entries('answers')) {
    if (isObject(tally) && count(tally.answered) && count(tally.correct) && count(tally.overrides) && count(tally.skipped) && isIso(tally.lastAt)) {
      course.answers[id] = { answered: tally.answered as number, correct: tally.correct as number, overrides: tally.overrides as number, skipped: tally.skipped as number, lastAt: tally.lastAt };
    } else problems.push({ code: 'answers', at: `${where}.answers.${id}` });
  }
  // schemaVersion 1 kept the review history here; migration moves it to the review log.
  (section('reviews', 'array') as unknown[]).forEach((r, i) => {
    if (isObject(r) && typeof r.question === 'string' && isIso(r.at) && typeof r.correct === 'boolean' && typeof r.rating === 'number') {
      legacyReviews.push({ course: courseId, question: r.question, at: r.at, correct: r.correct, rating: r.rating, ...(isObject(r.log) ? { log: r.log } : {}) });
    } else problems.push({ code: 'review', at: `${where}.reviews[${i}]` });
  });
  (section('sessions', 'array') as unknown[]).forEach((s, i) => {
    if (isObject(s) && isIso(s.at) && typeof s.score === 'number' && typeof s.total === 'number') {
      course.sessions.push({ at: s.at, score: s.score, total: s.total, durationMs: typeof s.durationMs === 'number' ? s.durationMs : 0, ...(s.interrupted === true ? { interrupted: true as const } : {}) });
    } else problems.push({ code: 'session', at: `${where}.sessions[${i}]` });
  });
  return course;
}

/** An item entry: doneAt (a time) when ticked; note, evidence and verification kept either way. Returns what is wrong otherwise. */
function parseItem(item: unknown): ItemProgress | ItemProblem {
  if (!isObject(item)) return 'done-at';
  if (item.doneAt !== undefined && !isIso(item.doneAt)) return 'done-at';
  if (item.by !== undefined && !TICK_SOURCES.includes(item.by as string)) return 'by';
  if (item.note !== undefined && typeof item.note !== 'string') return 'note';
  if (item.evidence !== undefined && !Array.isArray(item.evidence)) return 'evidence';
  const verified = item.verified;
  if (verified !== undefined && !(isObject(verified) && typeof verified.commit === 'string' && isIso(verified.at) && (verified.remote === undefined || typeof verified.remote === 'string'))) {
    return 'verified';
  }
  const entry: ItemProgress = {};
  if (item.doneAt !== undefined) entry.doneAt = item.doneAt as string;
  if (item.by !== undefined) entry.by = item.by as TickSource;
  if (item.note !== undefined) entry.note = item.note as string;
  if (Array.isArray(item.evidence)) entry.evidence = item.evidence.filter((e): e is string => typeof e === 'string');
  if (isObject(verified)) entry.verified = { commit: verified.commit as string, at: verified.at as string, ...(typeof verified.remote === 'string' ? { remote: verified.remote } : {}) };
  // An entry with nothing in it says nothing: not an item state.
  return Object.keys(entry).length ? entry : 'done-at';
}

const count = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
const finite = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/**
 * A card ts-fsrs can schedule: a half-written one (from a truncated file, or
 * edited by hand) would make the next review throw and lose that answer.
 * learning_steps (new in ts-fsrs 5) and last_review (absent on a new card) may be missing.
 */
function isCard(card: unknown): boolean {
  // Plain checks, no arrays: a file with 100,000 answers has hundreds of cards, read by every command.
  if (!isObject(card) || !isIso(card.due) || !count(card.state) || (card.state as number) > 3) return false;
  if (!finite(card.stability) || !finite(card.difficulty) || !finite(card.scheduled_days) || !count(card.reps) || !count(card.lapses)) return false;
  if (card.elapsed_days !== undefined && !finite(card.elapsed_days)) return false;
  if (card.learning_steps !== undefined && !count(card.learning_steps)) return false;
  return card.last_review === undefined || card.last_review === null || isIso(card.last_review);
}

/**
 * Checks the shape of a progress file by hand (no ajv/zod on the read path,
 * see issue 6) and salvages what is valid, so `config repair` can keep it.
 */
import { isLang } from '../i18n/lang.js';
import { emptyCourse, SCHEMA_VERSION, type CourseProgress, type ItemProgress, type Progress, type Profile, type ReviewEntry, type TickSource } from './types.js';

export interface ParsedProgress {
  progress: Progress;
  /** Human-readable problems; empty when the file is fully valid. */
  problems: string[];
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
  if (!text.trim()) throw new SyntaxError('the file is empty');
  if (text.includes('\u0000')) throw new SyntaxError('the file contains NUL bytes (it was cut off or overwritten)');
  return parseProgress(JSON.parse(text) as unknown);
}

export function parseProgress(data: unknown): ParsedProgress {
  const problems: string[] = [];
  if (!isObject(data)) {
    return { progress: { schemaVersion: SCHEMA_VERSION, profile: {}, courses: {} }, problems: ['the top level is not an object'], legacyReviews: [] };
  }
  // No schemaVersion at all is version 0 (an unversioned file, e.g. conf's empty `{}`): migrated, not damaged.
  const version = data.schemaVersion ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) problems.push('schemaVersion is not a whole number');
  for (const key of Object.keys(data)) {
    if (!['schemaVersion', 'profile', 'courses', '__internal__'].includes(key)) problems.push(`unknown top-level field "${key}"`);
  }
  const profile = parseProfile(data.profile, problems);
  const courses: Record<string, CourseProgress> = {};
  const legacyReviews: ReviewEntry[] = [];
  if (data.courses !== undefined && !isObject(data.courses)) problems.push('"courses" is not an object');
  for (const [id, value] of Object.entries(isObject(data.courses) ? data.courses : {})) {
    if (usableKey(id)) courses[id] = parseCourse(value, id, problems, legacyReviews);
    else problems.push(`courses.${id} is not a usable course ID`);
  }
  if (typeof version === 'number' && version >= 2 && legacyReviews.length) problems.push('a "reviews" list inside the file (since schemaVersion 2 the review history is kept in reviews.jsonl)');
  return { progress: { schemaVersion: typeof version === 'number' && Number.isInteger(version) ? version : SCHEMA_VERSION, profile, courses }, problems, legacyReviews };
}

function parseProfile(value: unknown, problems: string[]): Profile {
  if (value === undefined) return {};
  if (!isObject(value)) {
    problems.push('"profile" is not an object');
    return {};
  }
  const profile: Profile = {};
  if (typeof value.name === 'string') profile.name = value.name;
  else if (value.name !== undefined) problems.push('profile.name is not text');
  if (typeof value.startDate === 'string' && DATE.test(value.startDate)) profile.startDate = value.startDate;
  else if (value.startDate !== undefined) problems.push('profile.startDate is not a YYYY-MM-DD date');
  if (isLang(value.lang)) profile.lang = value.lang;
  else if (value.lang !== undefined) problems.push('profile.lang is not ko or en');
  for (const key of ['groupDir', 'projectDir', 'memberFile'] as const) {
    const text = value[key];
    if (typeof text === 'string') profile[key] = text;
    else if (text !== undefined) problems.push(`profile.${key} is not text`);
  }
  return profile;
}

function parseCourse(value: unknown, courseId: string, problems: string[], legacyReviews: ReviewEntry[]): CourseProgress {
  const where = `courses.${courseId}`;
  const course = emptyCourse();
  if (!isObject(value)) {
    problems.push(`${where} is not an object`);
    return course;
  }
  const section = (key: string, kind: 'object' | 'array') => {
    const v = value[key];
    if (v === undefined) return kind === 'object' ? {} : [];
    if (kind === 'object' ? isObject(v) : Array.isArray(v)) return v;
    problems.push(`${where}.${key} is not ${kind === 'object' ? 'an object' : 'a list'}`);
    return kind === 'object' ? {} : [];
  };
  const entries = (key: string) => Object.entries(section(key, 'object') as Record<string, unknown>).filter(([id]) => usableKey(id) || void problems.push(`${where}.${key}.${id} is not a usable ID`));
  for (const [id, item] of entries('items')) {
    const parsed = parseItem(item);
    if (typeof parsed === 'string') problems.push(`${where}.items.${id} ${parsed}`);
    else course.items[id] = parsed;
  }
  for (const [id, at] of entries('read')) {
    if (isIso(at)) course.read[id] = at;
    else problems.push(`${where}.read.${id} is not a time`);
  }
  for (const [day, n] of entries('activity')) {
    if (DATE.test(day) && typeof n === 'number' && n >= 0) course.activity[day] = n;
    else problems.push(`${where}.activity.${day} is not a date with a count`);
  }
  for (const [id, card] of entries('cards')) {
    if (isCard(card)) course.cards[id] = card as CourseProgress['cards'][string];
    else problems.push(`${where}.cards.${id} is not a valid review card`);
  }
  for (const [id, tally] of entries('answers')) {
    if (isObject(tally) && count(tally.answered) && count(tally.correct) && count(tally.overrides) && count(tally.skipped) && isIso(tally.lastAt)) {
      course.answers[id] = { answered: tally.answered as number, correct: tally.correct as number, overrides: tally.overrides as number, skipped: tally.skipped as number, lastAt: tally.lastAt };
    } else problems.push(`${where}.answers.${id} is not a valid answer count`);
  }
  // schemaVersion 1 kept the review history here; migration moves it to the review log.
  (section('reviews', 'array') as unknown[]).forEach((r, i) => {
    if (isObject(r) && typeof r.question === 'string' && isIso(r.at) && typeof r.correct === 'boolean' && typeof r.rating === 'number') {
      legacyReviews.push({ course: courseId, question: r.question, at: r.at, correct: r.correct, rating: r.rating, ...(isObject(r.log) ? { log: r.log } : {}) });
    } else problems.push(`${where}.reviews[${i}] is not a valid review`);
  });
  (section('sessions', 'array') as unknown[]).forEach((s, i) => {
    if (isObject(s) && isIso(s.at) && typeof s.score === 'number' && typeof s.total === 'number') {
      course.sessions.push({ at: s.at, score: s.score, total: s.total, durationMs: typeof s.durationMs === 'number' ? s.durationMs : 0, ...(s.interrupted === true ? { interrupted: true as const } : {}) });
    } else problems.push(`${where}.sessions[${i}] is not a valid quiz session`);
  });
  return course;
}

/** An item entry: doneAt (a time) when ticked; note, evidence and verification kept either way. Returns what is wrong otherwise. */
function parseItem(item: unknown): ItemProgress | string {
  if (!isObject(item)) return 'has no valid doneAt time';
  if (item.doneAt !== undefined && !isIso(item.doneAt)) return 'has no valid doneAt time';
  if (item.by !== undefined && !TICK_SOURCES.includes(item.by as string)) return 'has an unknown "by" (check, import or verify)';
  if (item.note !== undefined && typeof item.note !== 'string') return 'has a note that is not text';
  if (item.evidence !== undefined && !Array.isArray(item.evidence)) return 'has evidence that is not a list';
  const verified = item.verified;
  if (verified !== undefined && !(isObject(verified) && typeof verified.commit === 'string' && isIso(verified.at) && (verified.remote === undefined || typeof verified.remote === 'string'))) {
    return 'has a "verified" that is not { commit, at, remote }';
  }
  const entry: ItemProgress = {};
  if (item.doneAt !== undefined) entry.doneAt = item.doneAt as string;
  if (item.by !== undefined) entry.by = item.by as TickSource;
  if (item.note !== undefined) entry.note = item.note as string;
  if (Array.isArray(item.evidence)) entry.evidence = item.evidence.filter((e): e is string => typeof e === 'string');
  if (isObject(verified)) entry.verified = { commit: verified.commit as string, at: verified.at as string, ...(typeof verified.remote === 'string' ? { remote: verified.remote } : {}) };
  // An entry with nothing in it says nothing: not an item state.
  return Object.keys(entry).length ? entry : 'has no valid doneAt time';
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

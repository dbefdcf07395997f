/**
 * Checks the shape of a progress file by hand (no ajv/zod on the read path,
 * see issue 6) and salvages what is valid, so `config repair` can keep it.
 */
import { isLang } from '../i18n/lang.js';
import { emptyCourse, SCHEMA_VERSION, type CourseProgress, type Progress, type Profile } from './types.js';

export interface ParsedProgress {
  progress: Progress;
  /** Human-readable problems; empty when the file is fully valid. */
  problems: string[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isIso = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/** Parses file text. Throws SyntaxError for text that is not JSON at all. */
export function parseProgressText(text: string): ParsedProgress {
  if (!text.trim()) throw new SyntaxError('the file is empty');
  if (text.includes('\u0000')) throw new SyntaxError('the file contains NUL bytes (it was cut off or overwritten)');
  return parseProgress(JSON.parse(text) as unknown);
}

export function parseProgress(data: unknown): ParsedProgress {
  const problems: string[] = [];
  if (!isObject(data)) {
    return { progress: { schemaVersion: SCHEMA_VERSION, profile: {}, courses: {} }, problems: ['the top level is not an object'] };
  }
  // No schemaVersion at all is version 0 (an unversioned file, e.g. conf's empty `{}`): migrated, not damaged.
  const version = data.schemaVersion ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) problems.push('schemaVersion is not a whole number');
  for (const key of Object.keys(data)) {
    if (!['schemaVersion', 'profile', 'courses', '__internal__'].includes(key)) problems.push(`unknown top-level field "${key}"`);
  }
  const profile = parseProfile(data.profile, problems);
  const courses: Record<string, CourseProgress> = {};
  if (data.courses !== undefined && !isObject(data.courses)) problems.push('"courses" is not an object');
  for (const [id, value] of Object.entries(isObject(data.courses) ? data.courses : {})) {
    courses[id] = parseCourse(value, `courses.${id}`, problems);
  }
  return { progress: { schemaVersion: typeof version === 'number' && Number.isInteger(version) ? version : SCHEMA_VERSION, profile, courses }, problems };
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
  if (typeof value.groupDir === 'string') profile.groupDir = value.groupDir;
  else if (value.groupDir !== undefined) problems.push('profile.groupDir is not text');
  return profile;
}

function parseCourse(value: unknown, where: string, problems: string[]): CourseProgress {
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
  for (const [id, item] of Object.entries(section('items', 'object') as Record<string, unknown>)) {
    if (isObject(item) && isIso(item.doneAt)) {
      course.items[id] = { doneAt: item.doneAt };
      if (typeof item.note === 'string') course.items[id].note = item.note;
      if (Array.isArray(item.evidence)) course.items[id].evidence = item.evidence.filter((e): e is string => typeof e === 'string');
    } else problems.push(`${where}.items.${id} has no valid doneAt time`);
  }
  for (const [day, count] of Object.entries(section('activity', 'object') as Record<string, unknown>)) {
    if (DATE.test(day) && typeof count === 'number' && count >= 0) course.activity[day] = count;
    else problems.push(`${where}.activity.${day} is not a date with a count`);
  }
  for (const [id, card] of Object.entries(section('cards', 'object') as Record<string, unknown>)) {
    if (isCard(card)) course.cards[id] = card as CourseProgress['cards'][string];
    else problems.push(`${where}.cards.${id} is not a valid review card`);
  }
  (section('reviews', 'array') as unknown[]).forEach((r, i) => {
    if (isObject(r) && typeof r.question === 'string' && isIso(r.at) && typeof r.correct === 'boolean' && typeof r.rating === 'number') {
      course.reviews.push(r as unknown as CourseProgress['reviews'][number]);
    } else problems.push(`${where}.reviews[${i}] is not a valid review`);
  });
  (section('sessions', 'array') as unknown[]).forEach((s, i) => {
    if (isObject(s) && isIso(s.at) && typeof s.score === 'number' && typeof s.total === 'number') {
      course.sessions.push({ at: s.at, score: s.score, total: s.total, durationMs: typeof s.durationMs === 'number' ? s.durationMs : 0 });
    } else problems.push(`${where}.sessions[${i}] is not a valid quiz session`);
  });
  return course;
}

const count = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
const finite = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/**
 * A card ts-fsrs can schedule: a half-written one (from a truncated file, or
 * edited by hand) would make the next review throw and lose that answer.
 * learning_steps (new in ts-fsrs 5) and last_review (absent on a new card) may be missing.
 */
function isCard(card: unknown): boolean {
  if (!isObject(card) || !isIso(card.due) || !count(card.state) || (card.state as number) > 3) return false;
  if (![card.stability, card.difficulty, card.scheduled_days].every(finite) || ![card.reps, card.lapses].every(count)) return false;
  if (card.elapsed_days !== undefined && !finite(card.elapsed_days)) return false;
  if (card.learning_steps !== undefined && !count(card.learning_steps)) return false;
  return card.last_review === undefined || card.last_review === null || isIso(card.last_review);
}

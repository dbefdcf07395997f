/**
 * A snapshot: one learner's progress at a moment, as a stable, versioned JSON
 * document (docs/snapshot-format.md) that a study group shares in git. Pure:
 * building one from a status view, and checking one read from a file.
 */
export const SNAPSHOT_VERSION = 1;

export interface SnapshotItem {
  id: string;
  text: string;
  done: boolean;
  doneAt: string | null;
  evidence: string[];
  note?: string;
}

export interface SnapshotWeek {
  week: number;
  title: string;
  done: number;
  total: number;
  items: SnapshotItem[];
  quiz: { answered: number; accuracy: number | null };
}

export interface Snapshot {
  snapshotVersion: number;
  exportedAt: string;
  tool: { name: 'mlops-study'; version: string };
  member: { name: string };
  curriculum: { id: string; version: string; title: string; weekCount: number };
  language: string;
  startDate: string;
  currentWeek: number;
  status: string;
  overall: { done: number; total: number };
  weeks: SnapshotWeek[];
  quiz: { seen: number; answered: number; accuracy: number | null; due: number };
  streak: number;
  lastActivity: string | null;
}

export type SnapshotCheck = { ok: true; snapshot: Snapshot } | { ok: false; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Checks a parsed snapshot. Newer versions are refused by number, before their shape is judged. */
export function checkSnapshot(data: unknown): SnapshotCheck {
  if (!isObject(data)) return { ok: false, reason: 'not a snapshot (the JSON is not an object)' };
  const version = data.snapshotVersion;
  if (!isNumber(version)) return { ok: false, reason: 'not a snapshot (no snapshotVersion)' };
  if (version > SNAPSHOT_VERSION) return { ok: false, reason: `snapshotVersion ${version} is newer than this mlops-study reads (${SNAPSHOT_VERSION}); upgrade mlops-study` };
  const member = data.member;
  const curriculum = data.curriculum;
  if (!isObject(member) || typeof member.name !== 'string' || !member.name.trim()) return { ok: false, reason: 'no member name' };
  if (!isObject(curriculum) || typeof curriculum.id !== 'string') return { ok: false, reason: 'no curriculum id' };
  if (!Array.isArray(data.weeks) || !data.weeks.every((w) => isObject(w) && isNumber(w.week) && isNumber(w.done) && isNumber(w.total) && Array.isArray(w.items))) {
    return { ok: false, reason: 'weeks are missing or malformed' };
  }
  if (!isNumber(data.currentWeek) || typeof data.startDate !== 'string' || typeof data.exportedAt !== 'string') {
    return { ok: false, reason: 'currentWeek, startDate or exportedAt is missing' };
  }
  return { ok: true, snapshot: data as unknown as Snapshot };
}

/** A file name for a member: readable, safe in every file system, Korean kept. */
export function memberFileName(name: string): string {
  const slug = name
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'member'}.json`;
}

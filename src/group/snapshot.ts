/**
 * A snapshot: one learner's progress at a moment, as a stable, versioned JSON
 * document (docs/snapshot-format.md) that a study group shares in git. Pure.
 * Reading one from another member's file is snapshot-schema.ts (zod, loaded
 * only by the group commands).
 */
import { hash53 } from '../util/hash.js';
import { hasControlCharacters } from '../util/untrusted.js';

export const SNAPSHOT_VERSION = 1;

export interface SnapshotItem {
  id: string;
  text: string;
  done: boolean;
  doneAt: string | null;
  evidence: string[];
  note?: string;
  /** Ticked by the member's `mlops-study verify`: their project's commit (and remote) it passed at. Read with verifiedOf. */
  verified?: SnapshotVerified;
}

export interface SnapshotVerified {
  commit: string;
  at: string;
  remote?: string;
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

/** A file name's stem stays under this many UTF-8 bytes (file systems allow 255; git hosts and zip tools less). */
export const MAX_FILE_STEM_BYTES = 80;
/** Names Windows refuses as file names, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/**
 * A file name for a member: readable, safe in every file system, Korean
 * kept, never longer than MAX_FILE_STEM_BYTES before `.json` (a long name is
 * cut at a character boundary and ends in a hash of the whole name, so two
 * long names that share a beginning stay apart). `n` > 1 makes the n-th
 * choice when the first belongs to another member ("Ji Min" and "ji-min").
 */
export function memberFileName(name: string, n = 1): string {
  let stem =
    name
      .normalize('NFKC')
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'member';
  if (RESERVED.test(stem)) stem = `${stem}-member`;
  if (Buffer.byteLength(stem) > MAX_FILE_STEM_BYTES) stem = `${cutToBytes(stem, MAX_FILE_STEM_BYTES - 9).replace(/-+$/, '')}-${hash53(name).slice(-8)}`;
  return `${stem}${n > 1 ? `-${n}` : ''}.json`;
}

function cutToBytes(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (Buffer.byteLength(out + ch) > max) break;
    out += ch;
  }
  return out;
}

/** Longest member name, in characters (a 90-character Korean name fits). */
export const MAX_NAME_LENGTH = 100;

/** What is wrong with a name a learner chose, if anything: it is shown on every member's board. */
export function nameProblem(name: string): 'empty' | 'control' | 'long' | undefined {
  const trimmed = name.trim();
  if (!trimmed) return 'empty';
  if (hasControlCharacters(trimmed)) return 'control';
  if ([...trimmed].length > MAX_NAME_LENGTH) return 'long';
  return undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * An item's `verified`, when it is well formed: a commit hash, a time and an
 * optional remote of reasonable length without control or bidi characters.
 * Anything else reads as not verified (the tick counts as self-reported): a
 * snapshot is another member's file, and a bad `verified` is no reason to
 * hide the rest of it.
 */
export function verifiedOf(item: unknown): SnapshotVerified | undefined {
  if (!isObject(item) || item.done !== true || !isObject(item.verified)) return undefined;
  const { commit, at, remote } = item.verified;
  if (typeof commit !== 'string' || !/^[0-9a-f]{7,64}$/.test(commit)) return undefined;
  if (typeof at !== 'string' || at.length > 40 || Number.isNaN(Date.parse(at))) return undefined;
  const usableRemote = typeof remote === 'string' && remote.length <= 500 && !hasControlCharacters(remote) ? remote : undefined;
  return { commit, at, ...(usableRemote ? { remote: usableRemote } : {}) };
}

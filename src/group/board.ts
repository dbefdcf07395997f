/**
 * The group board: every member's snapshot side by side, as of today. Pure:
 * file contents in, rows and skipped files out. A bad snapshot is a reason to
 * skip that file, never a reason to hide the others.
 */
import { currentWeek, weeksBehind } from '../plan/weeks.js';
import type { Refusal } from '../util/regular-file.js';
import type { MemberFile } from './members.js';
import { commitUrl } from '../verify/remote.js';
import { memberFileName, verifiedOf, type Snapshot, type SnapshotVerified } from './snapshot.js';
import type { SnapshotCheck, FieldProblem } from './snapshot-schema.js';

export interface BoardRow {
  name: string;
  file: string;
  currentWeek: number;
  weekCount: number;
  weeks: { week: number; done: number; total: number }[];
  overall: { done: number; total: number };
  quizAccuracy: number | null;
  streak: number;
  lastActive: string | null;
  exportedAt: string;
  /** Weeks behind the schedule: the current week minus the first week with open items. */
  behind: number;
  /** Ticks made by the member's `verify`, newest first. */
  verified: VerifiedTick[];
  snapshot: Snapshot;
}

/** A tick the member's own `mlops-study verify` made: their claim, with the commit others can open. */
export interface VerifiedTick extends SnapshotVerified {
  id: string;
  text: string;
  week: number;
  /** The commit's web page, for remotes on known hosts. */
  link?: string;
}

/** Why a file was skipped; the renderers word it in the learner's language. */
export type SkipReason =
  | { kind: 'file'; refusal: Refusal }
  /** members/ itself is not a directory inside the repository. */
  | { kind: 'folder'; refusal: Refusal }
  | { kind: 'not-json' }
  | { kind: 'not-snapshot' }
  | { kind: 'newer'; version: number }
  | { kind: 'field'; path: string; problem: FieldProblem }
  | { kind: 'other-curriculum'; id: string; expected: string }
  | { kind: 'duplicate'; name: string; other: string }
  | { kind: 'too-many-files'; notRead: number; max: number };

export interface BoardProblem {
  file: string;
  reason: SkipReason;
}

export interface Board {
  rows: BoardRow[];
  problems: BoardProblem[];
}

export interface BoardOptions {
  curriculumId: string;
  today: string;
  /** The snapshot checker (snapshot-schema.ts: zod, loaded by the group commands only). */
  parse: (data: unknown) => SnapshotCheck;
}

export function buildBoard(files: MemberFile[], options: BoardOptions): Board {
  const problems: BoardProblem[] = [];
  const snapshots: { file: string; snapshot: Snapshot }[] = [];
  for (const entry of [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const { file } = entry;
    if ('refusal' in entry) {
      problems.push({ file, reason: { kind: 'file', refusal: entry.refusal } });
      continue;
    }
    let data: unknown;
    try {
      data = JSON.parse(entry.text);
    } catch {
      problems.push({ file, reason: { kind: 'not-json' } });
      continue;
    }
    const checked = options.parse(data);
    if (!checked.ok) problems.push({ file, reason: checked.reason });
    else if (checked.snapshot.curriculum.id !== options.curriculumId) problems.push({ file, reason: { kind: 'other-curriculum', id: checked.snapshot.curriculum.id, expected: options.curriculumId } });
    else snapshots.push({ file, snapshot: checked.snapshot });
  }
  // One row per member. When two files claim one name, the one in that name's own file
  // (members/<name>.json, as group sync writes it) is the member's: a copy committed under
  // a name that sorts first cannot hide them.
  const byMember = new Map<string, { file: string; snapshot: Snapshot }[]>();
  for (const s of snapshots) {
    const key = memberKey(s.snapshot.member.name);
    byMember.set(key, [...(byMember.get(key) ?? []), s]);
  }
  const rows: BoardRow[] = [];
  for (const claims of byMember.values()) {
    const own = claims.find((c) => c.file.split('/').at(-1) === memberFileName(c.snapshot.member.name)) ?? claims[0]!;
    for (const other of claims) if (other !== own) problems.push({ file: other.file, reason: { kind: 'duplicate', name: other.snapshot.member.name, other: own.file } });
    rows.push(row(own.file, own.snapshot, options.today));
  }
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  rows.sort((a, b) => b.overall.done / Math.max(1, b.overall.total) - a.overall.done / Math.max(1, a.overall.total) || a.name.localeCompare(b.name));
  return { rows, problems };
}

/** The board's notion of one member: names equal after NFKC, trimming and case folding. */
export function memberKey(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase();
}

function row(file: string, s: Snapshot, today: string): BoardRow {
  const weekCount = s.weeks.length;
  const position = currentWeek(s.startDate, today, weekCount);
  const firstOpen = s.weeks.find((w) => w.done < w.total)?.week;
  return {
    name: s.member.name,
    file,
    currentWeek: position.week,
    weekCount,
    weeks: s.weeks.map((w) => ({ week: w.week, done: w.done, total: w.total })),
    overall: s.overall,
    quizAccuracy: s.quiz.accuracy,
    streak: s.streak,
    lastActive: s.lastActivity,
    exportedAt: s.exportedAt,
    behind: position.status === 'upcoming' ? 0 : weeksBehind(position.week, firstOpen),
    verified: verifiedTicks(s),
    snapshot: s,
  };
}

function verifiedTicks(s: Snapshot): VerifiedTick[] {
  const ticks: VerifiedTick[] = [];
  for (const week of s.weeks) {
    for (const item of week.items) {
      const verified = verifiedOf(item);
      if (!verified) continue;
      const link = commitUrl(verified.remote, verified.commit);
      ticks.push({ id: item.id, text: item.text, week: week.week, ...verified, ...(link ? { link } : {}) });
    }
  }
  return ticks.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * A snapshot read from another member's file, validated field by field with
 * zod (loaded only by `group` and `group sync`, never by the daily commands).
 * Every field the board or the agenda uses has a type, a range and a length
 * limit; extra fields (added within snapshotVersion 1) are ignored. The first
 * field that fails is named in the reason, so the member knows what to fix.
 */
import * as z from 'zod';
import { isCalendarDate } from '../plan/dates.js';
import { SNAPSHOT_VERSION, type Snapshot } from './snapshot.js';

/** What is wrong with one field, for the reason shown on the board. */
export type FieldProblem = 'missing' | 'text' | 'number' | 'whole-number' | 'true-false' | 'list' | 'object' | 'date' | 'time' | 'share' | 'too-long' | 'too-many' | 'out-of-range' | 'empty' | 'done-over-total' | 'value';

export type SnapshotCheck =
  | { ok: true; snapshot: Snapshot }
  | { ok: false; reason: { kind: 'not-snapshot' } | { kind: 'newer'; version: number } | { kind: 'field'; path: string; problem: FieldProblem } };

const text = (max: number) => z.string().max(max, 'too-long');
const count = z.number().int('whole-number').min(0, 'out-of-range').max(1_000_000, 'out-of-range');
const share = z.number({ error: 'share' }).min(0, 'share').max(1, 'share').nullable();
const date = z.string({ error: 'date' }).refine(isCalendarDate, 'date');
const time = z.string({ error: 'time' }).max(40, 'time').refine((v) => !Number.isNaN(Date.parse(v)), 'time');
const doneTotal = <T extends { done: number; total: number }>(value: T) => value.done <= value.total;

const item = z.object({
  id: text(200),
  text: text(2000),
  done: z.boolean(),
  doneAt: time.nullable(),
  evidence: z.array(text(2000)).max(100, 'too-many'),
  note: text(10_000).optional(),
  // verify's mark (issue 18), read leniently by verifiedOf: a malformed one only makes the tick self-reported.
  verified: z.unknown().optional(),
});

const week = z
  .object({
    week: z.number().int('whole-number').min(1, 'out-of-range').max(1000, 'out-of-range'),
    title: text(500),
    done: count,
    total: count,
    items: z.array(item).max(5000, 'too-many'),
    quiz: z.object({ answered: count, accuracy: share }).optional(),
  })
  .refine(doneTotal, { message: 'done-over-total', path: ['done'] });

const snapshot = z.object({
  snapshotVersion: z.literal(SNAPSHOT_VERSION, 'value'),
  exportedAt: time,
  tool: z.object({ name: text(100), version: text(100) }).optional(),
  member: z.object({ name: text(200).refine((v) => v.trim().length > 0, 'empty') }),
  curriculum: z.object({ id: text(200), version: text(100).optional(), title: text(500).optional(), weekCount: count.optional() }),
  language: text(100).optional(),
  startDate: date,
  currentWeek: count,
  status: text(100).optional(),
  overall: z.object({ done: count, total: count }).refine(doneTotal, { message: 'done-over-total', path: ['done'] }),
  weeks: z.array(week).min(1, 'empty').max(1000, 'too-many'),
  quiz: z.object({ seen: count, answered: count, accuracy: share, due: count }).optional(),
  streak: count.optional(),
  lastActivity: date.nullable().optional(),
});

const TYPE_PROBLEMS: Record<string, FieldProblem> = { string: 'text', number: 'number', int: 'whole-number', boolean: 'true-false', array: 'list', object: 'object' };

/** `weeks[0].items[2].evidence`, the way a member finds it in the file. */
function pathText(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || '(top level)';
}

const KNOWN: readonly string[] = ['missing', 'text', 'number', 'whole-number', 'true-false', 'list', 'object', 'date', 'time', 'share', 'too-long', 'too-many', 'out-of-range', 'empty', 'done-over-total', 'value'] satisfies FieldProblem[];

function problemOf(issue: z.core.$ZodIssue): FieldProblem {
  if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined) return 'missing';
  // Our own words where the schema gave them (a date, a time, a share), else the type zod expected.
  if (KNOWN.includes(issue.message)) return issue.message as FieldProblem;
  if (issue.code === 'invalid_type' && Object.hasOwn(TYPE_PROBLEMS, issue.expected)) return TYPE_PROBLEMS[issue.expected]!;
  return 'value';
}

/** Checks parsed JSON. A newer snapshotVersion is refused by number, before its shape is judged. */
export function parseSnapshot(data: unknown): SnapshotCheck {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { ok: false, reason: { kind: 'not-snapshot' } };
  const version = (data as { snapshotVersion?: unknown }).snapshotVersion;
  if (typeof version !== 'number' || !Number.isFinite(version)) return { ok: false, reason: { kind: 'not-snapshot' } };
  if (version > SNAPSHOT_VERSION) return { ok: false, reason: { kind: 'newer', version } };
  const result = snapshot.safeParse(data, { reportInput: true });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return { ok: false, reason: { kind: 'field', path: pathText(issue.path), problem: problemOf(issue) } };
  }
  const s = result.data;
  // Optional fields the board reads get their neutral values; the rest stays as written.
  return {
    ok: true,
    snapshot: {
      ...s,
      tool: { name: 'mlops-study', version: s.tool?.version ?? '?' },
      curriculum: { id: s.curriculum.id, version: s.curriculum.version ?? '', title: s.curriculum.title ?? '', weekCount: s.curriculum.weekCount ?? s.weeks.length },
      language: s.language ?? '',
      status: s.status ?? '',
      weeks: s.weeks.map((w) => ({ ...w, quiz: w.quiz ?? { answered: 0, accuracy: null } })),
      quiz: s.quiz ?? { seen: 0, answered: 0, accuracy: null, due: 0 },
      streak: s.streak ?? 0,
      lastActivity: s.lastActivity ?? null,
    } as Snapshot,
  };
}

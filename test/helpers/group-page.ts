/**
 * A study group's shared directory with snapshots as members would commit
 * them, built on the built-in course's weeks and items: a Korean member with
 * verified ticks, an English one a week behind, a newcomer, a member whose
 * name and texts are markup, and a file that is not a snapshot. For the group
 * page tests (and the screenshots taken while building it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCurriculum } from '../../src/curriculum/loader.js';
import { pick, type Lang } from '../../src/i18n/lang.js';
import { SNAPSHOT_VERSION, memberFileName, type Snapshot, type SnapshotItem } from '../../src/group/snapshot.js';
import { ROOT, tempDir } from './cli.js';

export const TODAY = '2026-12-08';
export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
export const SHA = '3f2c1a0e9b8d7c6f5a4b3c2d1e0f9a8b7c6d5e4f';
const curriculum = loadCurriculum(join(ROOT, 'curriculum'));

interface MemberSpec {
  name: string;
  lang: Lang;
  start: string;
  currentWeek: number;
  /** Per week, how many items (in curriculum order) are done, and how many of those verify made. */
  done: number[];
  verified?: number[];
  quiz: { answered: number; accuracy: number | null };
  streak: number;
  lastActivity: string | null;
  /** Evidence on the first done item of the current week. */
  evidence?: string[];
  /** Replaces every item text (a hostile member). */
  itemText?: string;
}

export function snapshotOf(spec: MemberSpec): Snapshot {
  const weeks = curriculum.weeks.map((w, i) => {
    const items: SnapshotItem[] = w.items.map((item, j) => {
      const done = j < (spec.done[i] ?? 0);
      const verified = done && j < (spec.verified?.[i] ?? 0);
      const evidence = done && j === 0 && w.number === spec.currentWeek ? (spec.evidence ?? []) : [];
      return {
        id: item.id,
        text: spec.itemText ?? pick(item.text, spec.lang),
        done,
        doneAt: done ? `${w.number === spec.currentWeek ? '2026-12-07' : '2026-11-25'}T09:00:00.000Z` : null,
        evidence: verified ? [...evidence, `git:${SHA}`] : evidence,
        ...(verified ? { verified: { commit: SHA, at: '2026-12-06T09:00:00.000Z', remote: 'https://github.com/jimin/iris-mlops.git' } } : {}),
      };
    });
    const done = items.filter((x) => x.done).length;
    return { week: w.number, title: pick(w.title, spec.lang), done, total: items.length, items, quiz: { answered: 0, accuracy: null } };
  });
  const done = weeks.reduce((n, w) => n + w.done, 0);
  return {
    snapshotVersion: SNAPSHOT_VERSION,
    exportedAt: `${TODAY}T01:00:00.000Z`,
    tool: { name: 'mlops-study', version: '0.1.0' },
    member: { name: spec.name },
    curriculum: { id: curriculum.id, version: curriculum.version, title: pick(curriculum.title, spec.lang), weekCount: weeks.length },
    language: spec.lang,
    startDate: spec.start,
    currentWeek: spec.currentWeek,
    status: 'in-progress',
    overall: { done, total: weeks.reduce((n, w) => n + w.total, 0) },
    weeks,
    quiz: { seen: spec.quiz.answered, answered: spec.quiz.answered, accuracy: spec.quiz.accuracy, due: 0 },
    streak: spec.streak,
    lastActivity: spec.lastActivity,
  };
}

export const MEMBERS: MemberSpec[] = [
  { name: '지민', lang: 'ko', start: '2026-11-24', currentWeek: 3, done: [9, 5, 2], verified: [4, 3], quiz: { answered: 23, accuracy: 0.78 }, streak: 6, lastActivity: '2026-12-08', evidence: ['https://github.com/jimin/iris-mlops/pull/7'] },
  { name: 'Alex', lang: 'en', start: '2026-11-24', currentWeek: 3, done: [7, 2, 1], quiz: { answered: 10, accuracy: 0.6 }, streak: 2, lastActivity: '2026-12-07', evidence: ['mlflow run 4f2a9c'] },
  { name: 'Sam', lang: 'en', start: '2026-12-01', currentWeek: 2, done: [3], quiz: { answered: 0, accuracy: null }, streak: 0, lastActivity: '2026-12-02' },
  {
    name: HOSTILE_NAME,
    lang: 'en',
    start: '2026-12-01',
    currentWeek: 2,
    done: [2, 1],
    quiz: { answered: 3, accuracy: 1 },
    streak: 1,
    lastActivity: '2026-12-08',
    itemText: '<script>alert(2)</script> & "quoted"',
    evidence: ['javascript:alert(3)', 'https://evil.example/"><script>alert(4)</script>'],
  },
];

/** A group directory (members/…) with MEMBERS' snapshots and one file that is not a snapshot. */
export function groupDir(members: MemberSpec[] = MEMBERS): string {
  const dir = tempDir('group-page-');
  mkdirSync(join(dir, 'members'));
  for (const spec of members) writeFileSync(join(dir, 'members', memberFileName(spec.name)), JSON.stringify(snapshotOf(spec), null, 2));
  writeFileSync(join(dir, 'members', 'notes.json'), 'not json at all');
  return dir;
}

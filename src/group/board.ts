/**
 * The group board: every member's snapshot side by side, as of today. Pure:
 * file contents in, rows and problems out. A bad snapshot is a problem with a
 * reason, never a reason to hide the others.
 */
import { currentWeek, weeksBehind } from '../plan/weeks.js';
import { checkSnapshot, type Snapshot } from './snapshot.js';

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
  snapshot: Snapshot;
}

export interface BoardProblem {
  file: string;
  reason: string;
}

export interface Board {
  rows: BoardRow[];
  problems: BoardProblem[];
}

export function buildBoard(files: { file: string; text: string }[], options: { curriculumId: string; today: string }): Board {
  const rows: BoardRow[] = [];
  const problems: BoardProblem[] = [];
  const seen = new Map<string, string>();
  for (const { file, text } of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      problems.push({ file, reason: 'not JSON' });
      continue;
    }
    const checked = checkSnapshot(data);
    if (!checked.ok) {
      problems.push({ file, reason: checked.reason });
      continue;
    }
    const s = checked.snapshot;
    if (s.curriculum.id !== options.curriculumId) {
      problems.push({ file, reason: `another curriculum ("${s.curriculum.id}", not "${options.curriculumId}")` });
      continue;
    }
    const key = s.member.name.normalize('NFKC').trim().toLowerCase();
    if (seen.has(key)) {
      problems.push({ file, reason: `duplicate member "${s.member.name}" (also in ${seen.get(key)})` });
      continue;
    }
    seen.set(key, file);
    const weekCount = s.weeks.length;
    const position = currentWeek(s.startDate, options.today, weekCount);
    const firstOpen = s.weeks.find((w) => w.done < w.total)?.week;
    rows.push({
      name: s.member.name,
      file,
      currentWeek: position.week,
      weekCount,
      weeks: s.weeks.map((w) => ({ week: w.week, done: w.done, total: w.total })),
      overall: s.overall,
      quizAccuracy: s.quiz?.accuracy ?? null,
      streak: s.streak ?? 0,
      lastActive: s.lastActivity ?? null,
      exportedAt: s.exportedAt,
      behind: position.status === 'upcoming' ? 0 : weeksBehind(position.week, firstOpen),
      snapshot: s,
    });
  }
  rows.sort((a, b) => b.overall.done / Math.max(1, b.overall.total) - a.overall.done / Math.max(1, a.overall.total) || a.name.localeCompare(b.name));
  return { rows, problems };
}

/**
 * `mlops-study verify`: runs the curriculum's probes against the learner's
 * project and says, per item, what passed, what is missing and what to read.
 * This week and the items carried over by default; --week N or --all.
 */
import type { Context } from '../../context.js';
import type { Curriculum, Item, Probe } from '../../curriculum/types.js';
import { UsageError } from '../../errors.js';
import { pick } from '../../i18n/lang.js';
import { itemProgress } from '../../plan/item-state.js';
import { currentWeek } from '../../plan/weeks.js';
import { courseOf, isDone, type TickSource, type Verification } from '../../progress/types.js';
import { evaluate, type Outcome, type ProjectView } from '../../verify/evaluate.js';
import { ProjectFiles } from '../../verify/files.js';
import { GitFacts } from '../../verify/git.js';
import { withSafeRegexps } from '../../verify/pattern.js';
import { stripCredentials } from '../../verify/remote.js';
import { parseWeek } from '../shared.js';
import { resolveProject, type ProjectChoice } from './project.js';
import { reasonText } from './reasons.js';

export interface VerifyOptions {
  project?: string;
  week?: string;
  all?: boolean;
  json?: boolean;
  tick?: boolean;
}

export type Result = 'pass' | 'fail' | 'manual';

export interface CheckView {
  ok: boolean;
  /** Passed: what was found. Failed: the curriculum's message (what is missing, what to do). */
  message: string;
  /** Failed: what verify found instead. */
  detail?: string;
  topic?: string;
  /** The assignment deliverable it checks. */
  deliverable?: number;
}

export interface DeliverableView {
  number: number;
  text: string;
  result: Result;
  checks: CheckView[];
}

export interface ItemResult {
  id: string;
  aliases: string[];
  week: number;
  text: string;
  topic?: string;
  result: Result;
  checks: CheckView[];
  /** For the item that stands for the assignment: each deliverable, checked or manual. */
  deliverables?: DeliverableView[];
  done: boolean;
  by?: TickSource;
  verified?: Verification;
  /** Files a pass rests on that are not in the last commit. */
  uncommitted: string[];
}

export interface VerifyView {
  project: ProjectChoice;
  repository: boolean;
  commit: string | null;
  branch?: string;
  remote?: string;
  courseId: string;
  scope: { weeks: number[]; carried: number; all: boolean };
  weeks: { week: number; title: string; items: ItemResult[] }[];
  summary: { pass: number; fail: number; manual: number };
}

/** The items to check: a week's, all, or this week's plus the unfinished ones of earlier weeks. */
function scope(ctx: Context, curriculum: Curriculum, options: VerifyOptions): { items: Item[]; weeks: number[]; carried: number } {
  if (options.week !== undefined && options.all) throw new UsageError(ctx.m.errVerifyWeekAll);
  const course = courseOf(ctx.progress().progress, curriculum.id);
  if (options.all) return { items: curriculum.weeks.flatMap((w) => w.items), weeks: curriculum.weeks.map((w) => w.number), carried: 0 };
  const requested = parseWeek(options.week, curriculum, ctx, 'verify');
  if (requested) return { items: curriculum.weeks[requested - 1]!.items, weeks: [requested], carried: 0 };
  const start = ctx.progress().progress.profile.startDate ?? ctx.today;
  const week = currentWeek(start, ctx.today, curriculum.weeks.length).week;
  const carried = curriculum.weeks.filter((w) => w.number < week).flatMap((w) => w.items).filter((i) => !isDone(itemProgress(i, course)));
  return { items: [...carried, ...curriculum.weeks[week - 1]!.items], weeks: [week], carried: carried.length };
}

export async function verify(ctx: Context, options: VerifyOptions): Promise<VerifyView> {
  const curriculum = await ctx.curriculum();
  const chosen = scope(ctx, curriculum, options);
  const project = resolveProject(ctx, options.project);
  const files = new ProjectFiles(project.dir);
  const git = new GitFacts(files.root);
  const view: ProjectView = { files, git };
  const course = courseOf(ctx.progress().progress, curriculum.id);
  const committed = () => git.committed?.paths;

  const results: ItemResult[] = [];
  for (const item of chosen.items) {
    const saved = itemProgress(item, course);
    const base = { id: item.id, aliases: item.aliases, week: item.week, text: pick(item.text, ctx.lang), ...(item.topic ? { topic: item.topic } : {}), done: isDone(saved), ...(saved?.by ? { by: saved.by } : {}), ...(saved?.verified ? { verified: saved.verified } : {}) };
    if (!item.verify?.length) {
      results.push({ ...base, result: 'manual', checks: [], uncommitted: [] });
      continue;
    }
    const outcomes: { probe: Probe; outcome: Outcome }[] = [];
    for (const probe of item.verify) outcomes.push({ probe, outcome: await withSafeRegexps(() => evaluate(view, probe.check)) });
    const checkOf = ({ probe, outcome }: { probe: Probe; outcome: Outcome }): CheckView => {
      const topic = probe.topic ?? item.topic;
      const deliverable = probe.deliverable ? { deliverable: probe.deliverable } : {};
      return outcome.ok
        ? { ok: true, message: reasonText(outcome.reason, true, ctx.m), ...deliverable }
        : { ok: false, message: pick(probe.message, ctx.lang), detail: reasonText(outcome.reason, false, ctx.m), ...(topic ? { topic } : {}), ...deliverable };
    };
    const checks = outcomes.map(checkOf);
    const ok = checks.every((c) => c.ok);
    const tree = ok ? committed() : undefined;
    const uncommitted = tree ? [...new Set(outcomes.flatMap((o) => o.outcome.files))].filter((f) => !tree.has(f)).sort() : [];
    const result: ItemResult = { ...base, result: ok ? 'pass' : 'fail', checks, uncommitted };
    if (item.verify.some((p) => p.deliverable !== undefined)) {
      const deliverables = curriculum.weeks[item.week - 1]?.assignment?.deliverables ?? [];
      result.deliverables = deliverables.map((text, i) => {
        const own = checks.filter((c) => c.deliverable === i + 1);
        return { number: i + 1, text: pick(text, ctx.lang), result: own.length ? (own.every((c) => c.ok) ? 'pass' : 'fail') : 'manual', checks: own };
      });
    }
    results.push(result);
  }

  const remote = git.remotes[0];
  const weeks = [...new Set(results.map((r) => r.week))].sort((a, b) => a - b).map((n) => ({ week: n, title: pick(curriculum.weeks[n - 1]!.title, ctx.lang), items: results.filter((r) => r.week === n) }));
  return {
    project,
    repository: git.repository === true,
    commit: git.head ?? null,
    ...(git.branch ? { branch: git.branch } : {}),
    ...(remote ? { remote: stripCredentials(remote.url) } : {}),
    courseId: curriculum.id,
    scope: { weeks: chosen.weeks, carried: chosen.carried, all: options.all === true },
    weeks,
    summary: {
      pass: results.filter((r) => r.result === 'pass').length,
      fail: results.filter((r) => r.result === 'fail').length,
      manual: results.filter((r) => r.result === 'manual').length,
    },
  };
}

/** The JSON contract of `verify --json` (README). */
export function verifyJson(view: VerifyView, ticked: string[] = []) {
  return {
    project: view.project.dir,
    commit: view.commit,
    ...(view.branch ? { branch: view.branch } : {}),
    ...(view.remote ? { remote: view.remote } : {}),
    weeks: view.weeks.map((w) => ({
      week: w.week,
      title: w.title,
      items: w.items.map((i) => ({
        id: i.id,
        text: i.text,
        result: i.result,
        checks: i.checks,
        ...(i.deliverables ? { deliverables: i.deliverables } : {}),
        done: i.done,
        ...(i.verified ? { verified: i.verified } : {}),
        ...(i.uncommitted.length ? { uncommitted: i.uncommitted } : {}),
      })),
    })),
    summary: view.summary,
    ticked,
  };
}

/**
 * `mlops-study doctor`: checks the progress file, the active curriculum and
 * the terminal, and says what is wrong with the command that fixes it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Context } from '../../context.js';
import { CurriculumError, errorText, UserError } from '../../errors.js';
import { orphans } from '../../plan/item-state.js';
import { parseProgressText, ProgressTextError } from '../../progress/parse.js';
import { notJson, readProgressText } from '../../progress/read.js';
import { courseOf, SCHEMA_VERSION, type Progress } from '../../progress/types.js';
import type { Curriculum } from '../../curriculum/types.js';
import { jsonErrorPosition } from '../../util/json-error.js';
import { pagerChoice } from '../../ui/pager.js';
import { lockCheck } from './lock.js';

export type CheckStatus = 'ok' | 'warn' | 'fail';

export interface DoctorCheck {
  area: 'progress' | 'curriculum' | 'terminal';
  /** A stable ID (the JSON's); the report shows it in the run's language. */
  name: string;
  status: CheckStatus;
  detail: string;
  /** What to do, as shown; `command` holds it as arguments when it is one of ours. */
  fix?: string;
  command?: string[];
}

export interface DoctorView {
  checks: DoctorCheck[];
  ok: boolean;
}

type Fix = { fix: string; command?: string[] };

function progressChecks(ctx: Context): { checks: DoctorCheck[]; progress?: Progress } {
  const { m, progressFile: file } = ctx;
  const ours = (...command: string[]): Fix => ({ fix: ctx.cmd(...command), command });
  const checks: DoctorCheck[] = [];
  const add = (name: string, status: CheckStatus, detail: string, fix?: Fix) => checks.push({ area: 'progress', name, status, detail, ...fix });
  let progress: Progress | undefined;
  if (!existsSync(file)) add('file', 'ok', m.docFileMissing(file));
  else {
    try {
      // Never a plain read: a FIFO or a device in its place would hang doctor (issue 14).
      const parsed = parseProgressText(readProgressText(file) ?? '');
      progress = parsed.progress;
      if (parsed.problems.length) add('file', 'fail', m.docFileShape(file, parsed.problems.slice(0, 3).map(m.progressProblem).join('; ')), ours('config', 'repair'));
      else add('file', 'ok', m.docFileOk(file, statSync(file).size));
      const v = parsed.progress.schemaVersion;
      if (v > SCHEMA_VERSION) add('version', 'fail', m.docVersionNewer(v, SCHEMA_VERSION), { fix: 'git pull && npm install' });
      else if (v < SCHEMA_VERSION) add('version', 'warn', m.docVersionOlder(v, SCHEMA_VERSION));
      else add('version', 'ok', m.docVersionOk(v));
    } catch (error) {
      if (error instanceof UserError) {
        const { message, hint } = errorText(error, m, ctx.cmd);
        add('file', 'fail', message, hint ? { fix: hint } : undefined);
      } else if (error instanceof ProgressTextError) add('file', 'fail', m.docFileText(file, notJson(error, m)), ours('config', 'repair'));
      else add('file', 'fail', m.docFileJson(file, (error as Error).message, jsonErrorPosition((error as Error).message)), ours('config', 'repair'));
    }
  }
  checks.push({ area: 'progress', ...lockCheck(file, m) });
  if (existsSync(dirname(file))) {
    const copies = readdirSync(dirname(file)).filter((n) => n.startsWith(`${basename(file)}.corrupt-`));
    if (copies.length) add('backups', 'warn', m.docBackups(copies.length, copies.join(', ')), { fix: m.docBackupsFix });
  }
  return { checks, ...(progress ? { progress } : {}) };
}

async function curriculumChecks(ctx: Context, progress: Progress | undefined): Promise<DoctorCheck[]> {
  const { m } = ctx;
  const checks: DoctorCheck[] = [];
  let curriculum: Curriculum | undefined;
  try {
    const { loadCurriculum } = await import('../../curriculum/loader.js');
    curriculum = loadCurriculum(ctx.curriculumDir);
    const items = curriculum.weeks.reduce((n, w) => n + w.items.length, 0);
    checks.push({ area: 'curriculum', name: 'valid', status: 'ok', detail: m.docValid(curriculum.id, curriculum.version, curriculum.weeks.length, items, curriculum.questions.length, ctx.curriculumDir) });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const count = error instanceof CurriculumError ? error.problems.length : 1;
    const command = ['validate', ctx.curriculumDir];
    checks.push({ area: 'curriculum', name: 'valid', status: 'fail', detail: m.docInvalid(ctx.curriculumDir, count), fix: ctx.cmd(...command), command });
  }
  if (curriculum && progress) {
    const lost = orphans(curriculum, courseOf(progress, curriculum.id));
    checks.push(
      lost.length
        ? { area: 'curriculum', name: 'orphaned', status: 'warn', detail: m.docOrphans(lost.length, lost.map((o) => o.id).join(', ')), fix: m.docOrphansFix }
        : { area: 'curriculum', name: 'orphaned', status: 'ok', detail: m.docNoOrphans },
    );
  }
  return checks;
}

/** Where the language came from, as doctor says it: the flag, the profile, or the variable that decided. */
function languageSource(ctx: Context): string {
  const { m, env } = ctx;
  if (ctx.langSource === 'flag') return m.docLangFlag;
  if (ctx.langSource === 'profile') return m.docLangProfile;
  const variable = (['LC_ALL', 'LC_MESSAGES', 'LANG'] as const).find((key) => env[key]);
  return ctx.langSource === 'env' && variable ? m.docLangEnv(`${variable}=${env[variable]}`) : m.docLangDefault;
}

function terminalChecks(ctx: Context): DoctorCheck[] {
  const { m, env } = ctx;
  const colour = ctx.style.c.level;
  const pager = pagerChoice(env);
  // Our default must be there; a pager of the learner's own choosing is theirs to know.
  const missing = pager.source === 'default' && spawnSync('less', ['--version'], { stdio: 'ignore' }).status !== 0;
  const off = !ctx.stdoutIsTTY ? 'pipe' : env.NO_COLOR ? 'NO_COLOR' : env.TERM === 'dumb' ? 'dumb' : 'flag';
  const narrow = ctx.columns < 40;
  return [
    { area: 'terminal', name: 'colour', status: 'ok', detail: colour ? m.docColourOn(colour) : m.docColourOff(off) },
    { area: 'terminal', name: 'width', status: narrow ? 'warn' : 'ok', detail: m.docWidth(ctx.columns), ...(narrow ? { fix: m.docWidthFix } : {}) },
    { area: 'terminal', name: 'language', status: 'ok', detail: m.docLanguage(ctx.lang, languageSource(ctx), ctx.cmd('init', '--lang', ctx.lang === 'ko' ? 'en' : 'ko', '--yes')) },
    { area: 'terminal', name: 'input', status: ctx.stdinIsTTY ? 'ok' : 'warn', detail: ctx.stdinIsTTY ? m.docInputOk : m.docInputNo },
    { area: 'terminal', name: 'pager', status: missing ? 'warn' : 'ok', detail: missing ? m.docPagerNo : pager.command ? m.docPagerOk(pager.command, pager.source) : m.docPagerOff(pager.source) },
  ];
}

export async function doctor(ctx: Context): Promise<DoctorView> {
  const { checks, progress } = progressChecks(ctx);
  checks.push(...(await curriculumChecks(ctx, progress)), ...terminalChecks(ctx));
  return { checks, ok: checks.every((c) => c.status !== 'fail') };
}

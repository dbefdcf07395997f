/**
 * `mlops-study doctor`: checks the progress file, the active curriculum and
 * the terminal, and says what is wrong with the command that fixes it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Context } from '../../context.js';
import { CurriculumError, UserError } from '../../errors.js';
import { orphans } from '../../plan/item-state.js';
import { parseProgressText } from '../../progress/parse.js';
import { readProgressText } from '../../progress/read.js';
import { STALE_LOCK_MS } from '../../progress/store.js';
import { courseOf, SCHEMA_VERSION, type Progress } from '../../progress/types.js';
import type { Curriculum } from '../../curriculum/types.js';

export type CheckStatus = 'ok' | 'warn' | 'fail';

export interface DoctorCheck {
  area: 'progress' | 'curriculum' | 'terminal';
  name: string;
  status: CheckStatus;
  detail: string;
  fix?: string;
}

export interface DoctorView {
  checks: DoctorCheck[];
  ok: boolean;
}

function progressChecks(file: string, now: Date): { checks: DoctorCheck[]; progress?: Progress } {
  const checks: DoctorCheck[] = [];
  const add = (name: string, status: CheckStatus, detail: string, fix?: string) => checks.push({ area: 'progress', name, status, detail, ...(fix ? { fix } : {}) });
  let progress: Progress | undefined;
  if (!existsSync(file)) add('file', 'ok', `${file} (not created yet; the first change creates it)`);
  else {
    try {
      // Never a plain read: a FIFO or a device in its place would hang doctor (issue 14).
      const parsed = parseProgressText(readProgressText(file) ?? '');
      progress = parsed.progress;
      if (parsed.problems.length) add('file', 'fail', `${file}: wrong shape: ${parsed.problems.slice(0, 3).join('; ')}`, 'mlops-study config repair');
      else add('file', 'ok', `${file} (${statSync(file).size} bytes)`);
      const v = parsed.progress.schemaVersion;
      if (v > SCHEMA_VERSION) add('version', 'fail', `schemaVersion ${v} is newer than this mlops-study (${SCHEMA_VERSION}): read-only`, 'git pull && npm install');
      else if (v < SCHEMA_VERSION) add('version', 'warn', `schemaVersion ${v}: migrated to ${SCHEMA_VERSION} (with a backup) on the next change`);
      else add('version', 'ok', `schemaVersion ${v}`);
    } catch (error) {
      if (error instanceof UserError) add('file', 'fail', error.message, error.hint);
      else add('file', 'fail', `${file} is not valid JSON (${(error as Error).message})`, 'mlops-study config repair');
    }
  }
  const lock = `${file}.lock`;
  if (existsSync(lock)) {
    const age = now.getTime() - statSync(lock).mtimeMs;
    add('lock', age > STALE_LOCK_MS ? 'warn' : 'ok', age > STALE_LOCK_MS ? `a stale lock (${Math.round(age / 1000)} s old) from a process that stopped; the next change takes it over` : 'another mlops-study is saving right now');
  } else add('lock', 'ok', 'not locked');
  if (existsSync(dirname(file))) {
    const copies = readdirSync(dirname(file)).filter((n) => n.startsWith(`${basename(file)}.corrupt-`));
    if (copies.length) add('backups', 'warn', `${copies.length} copy(ies) of a damaged file kept beside it: ${copies.join(', ')}`, 'delete them once you no longer need them');
  }
  return { checks, ...(progress ? { progress } : {}) };
}

async function curriculumChecks(ctx: Context, progress: Progress | undefined): Promise<DoctorCheck[]> {
  const checks: DoctorCheck[] = [];
  let curriculum: Curriculum | undefined;
  try {
    const { loadCurriculum } = await import('../../curriculum/loader.js');
    curriculum = loadCurriculum(ctx.curriculumDir);
    const items = curriculum.weeks.reduce((n, w) => n + w.items.length, 0);
    checks.push({ area: 'curriculum', name: 'valid', status: 'ok', detail: `${curriculum.id} ${curriculum.version}: ${curriculum.weeks.length} weeks, ${items} items, ${curriculum.questions.length} questions (${ctx.curriculumDir})` });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const count = error instanceof CurriculumError ? error.problems.length : 1;
    checks.push({ area: 'curriculum', name: 'valid', status: 'fail', detail: `${ctx.curriculumDir}: ${count} problem(s)`, fix: `mlops-study validate ${ctx.curriculumDir}` });
  }
  if (curriculum && progress) {
    const lost = orphans(curriculum, courseOf(progress, curriculum.id));
    checks.push(
      lost.length
        ? { area: 'curriculum', name: 'orphaned', status: 'warn', detail: `${lost.length} ticked item(s) no longer in the curriculum (kept): ${lost.map((o) => o.id).join(', ')}`, fix: 'add `aliases: [old-id]` to the renamed item, or leave them' }
        : { area: 'curriculum', name: 'orphaned', status: 'ok', detail: 'every saved item is in the curriculum' },
    );
  }
  return checks;
}

function terminalChecks(ctx: Context): DoctorCheck[] {
  const colour = ctx.style.c.level;
  const less = spawnSync('less', ['--version'], { stdio: 'ignore' }).status === 0;
  const env = ctx.env;
  const langSource = env.LC_ALL ? `LC_ALL=${env.LC_ALL}` : env.LANG ? `LANG=${env.LANG}` : 'LANG not set';
  return [
    { area: 'terminal', name: 'colour', status: 'ok', detail: colour ? `on (level ${colour})` : `off (${env.NO_COLOR ? 'NO_COLOR' : ctx.stdoutIsTTY ? 'TERM or flag' : 'not a terminal'})` },
    { area: 'terminal', name: 'width', status: ctx.columns < 40 ? 'warn' : 'ok', detail: `${ctx.columns} columns`, ...(ctx.columns < 40 ? { fix: 'widen the window to 40 columns or more' } : {}) },
    { area: 'terminal', name: 'language', status: 'ok', detail: `${ctx.lang} (${langSource}; change with --lang or mlops-study init)` },
    { area: 'terminal', name: 'input', status: ctx.stdinIsTTY ? 'ok' : 'warn', detail: ctx.stdinIsTTY ? 'interactive' : 'not a terminal: check without IDs, quiz and init prompts are unavailable' },
    { area: 'terminal', name: 'pager', status: less ? 'ok' : 'warn', detail: less ? 'less found (long `show` output is paged)' : 'less not found: `show` prints everything at once' },
  ];
}

export async function doctor(ctx: Context): Promise<DoctorView> {
  const { checks, progress } = progressChecks(ctx.progressFile, ctx.now);
  checks.push(...(await curriculumChecks(ctx, progress)), ...terminalChecks(ctx));
  return { checks, ok: checks.every((c) => c.status !== 'fail') };
}

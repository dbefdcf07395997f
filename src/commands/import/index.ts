/** `mlops-study import <guide.md>`: a markdown study guide becomes a curriculum directory. */
import { existsSync, rmSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { basename, dirname, join, resolve } from 'node:path';
import type { Context } from '../../context.js';
import { allUnits } from '../../curriculum/types.js';
import { UsageError, UserError } from '../../errors.js';
import { importGuide, type ImportResult } from '../../import/build.js';
import type { PreviousItem } from '../../import/reimport.js';
import type { WeeksFrom } from '../../import/structure.js';
import { adoptAliases, checkItems, courseFor } from '../../progress/mutations.js';
import { updateProgress } from '../../progress/store.js';
import { isDone, own } from '../../progress/types.js';
import { readGuide } from './read.js';
import { finishCurriculum, inspectTarget, tempBeside, type Existing } from './write.js';

export interface ImportOptions {
  output?: string;
  withProgress?: boolean;
  force?: boolean;
  dryRun?: boolean;
  weeksFrom?: string;
  topicColumn?: string;
}

export interface ImportView {
  source: string;
  dir: string;
  encoding: string;
  result: ImportResult;
  dryRun: boolean;
  /** Files of the learner's own that were kept beside the new ones. */
  kept: string[];
  progress?: { ticked: number; unticked: number; keptTicks: number };
}

const WEEKS_FROM = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'list', 'sections'];

/** The items of the curriculum an earlier import left in `dir`, to keep edited items' IDs. */
async function previousItems(dir: string): Promise<PreviousItem[] | undefined> {
  if (!existsSync(resolve(dir, 'course.yaml'))) return undefined;
  try {
    const { loadCurriculum } = await import('../../curriculum/loader.js');
    const c = loadCurriculum(dir);
    return allUnits(c).flatMap((w) => w.items.map((i) => ({ id: i.id, text: Object.values(i.text)[0] ?? '', aliases: i.aliases, unit: Object.values(w.title)[0] ?? '' })));
  } catch {
    return undefined; // a broken earlier import: nothing to match against
  }
}

export async function importCommand(ctx: Context, file: string, options: ImportOptions): Promise<ImportView> {
  const { m } = ctx;
  if (options.weeksFrom !== undefined && !WEEKS_FROM.includes(options.weeksFrom)) throw new UsageError(m.importErrWeeksFrom(options.weeksFrom), m.importHintWeeksFrom(ctx.cmd('import', 'guide.md', '--weeks-from', 'h3')));
  if (options.topicColumn !== undefined && !options.topicColumn.trim()) throw new UsageError(m.importErrTopicColumn);
  const source = resolve(ctx.cwd, file);
  // A smaller young generation for this one command: importing allocates parser tokens and blocks in bursts
  // that V8's default 16 MB semi-spaces promote to the old generation (measured with bench/guide.mjs).
  setFlagsFromString('--max-semi-space-size=4');
  const read = readGuide(source, m);
  const { encoding } = read;
  const guess = { ...(options.weeksFrom ? { weeksFrom: options.weeksFrom as WeeksFrom } : {}), ...(options.topicColumn ? { topicColumn: options.topicColumn } : {}) };
  // Files go straight to a temporary directory as they are made (a large guide's YAML is never all in memory);
  // with -o its place is known now, else it is beside the directory named after the guide's title.
  const given = options.output ? resolve(ctx.cwd, options.output) : undefined;
  let out = options.dryRun ? undefined : tempBeside(given ?? join(ctx.cwd, 'imported-guide'));
  try {
    let result = importGuide(read.text, basename(source), { ...guess, ...(out ? { write: out.write } : {}) });
    if (!result.report.weeks && !result.report.appendix) throw new UserError(m.importNothing(source), 1);
    const dir = given ?? resolve(ctx.cwd, result.courseId);
    const existing: Existing | undefined = options.dryRun ? undefined : inspectTarget(dir, Boolean(options.force), m);
    // Over an earlier import, edited items keep their progress (their old IDs become aliases): import again knowing them.
    const previous = existsSync(dir) ? await previousItems(dir) : undefined;
    if (previous) {
      if (out) rmSync(out.temp, { recursive: true, force: true });
      out = options.dryRun ? undefined : tempBeside(dir);
      result = importGuide(read.text, basename(source), { ...guess, previous, ...(out ? { write: out.write } : {}) });
    }
    read.text = ''; // the guide is in the result now; 5 MB of it need not stay for the validation
    const view: ImportView = { source, dir, encoding, result, dryRun: Boolean(options.dryRun), kept: existing?.own ?? [] };
    if (!out) return view;
    collectGarbage();
    const temp = out.temp;
    out = undefined; // finishCurriculum removes it, whatever happens
    await finishCurriculum(temp, dir, result.data, existing, basename(source), m);
    result.data = {};
    if (options.withProgress) view.progress = await syncProgress(ctx, result);
    return view;
  } finally {
    if (out) rmSync(out.temp, { recursive: true, force: true });
  }
}

/**
 * One full garbage collection between building and validating: building a 5 MB
 * guide leaves ~130 MB of garbage that V8 would otherwise collect only after
 * validation has added its own, which put the peak anywhere from 230 to 330 MB;
 * collected here, it stays at 230-270 MB (bench/guide.mjs, ten runs). The
 * process ends with the command, so exposing gc changes nothing else.
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/**
 * The guide's boxes into the learner's progress: ticked ones are ticked (by
 * import), and a box unticked in the guide unticks only a tick an import made:
 * a tick made with `check` or `verify` is never undone by a guide.
 */
async function syncProgress(ctx: Context, result: ImportResult) {
  const { result: counts } = await updateProgress(
    ctx.progressFile,
    (p) => {
      const course = courseFor(p, result.courseId);
      adoptAliases(course, result.renames, 'items');
      const ticked = checkItems(p, result.courseId, result.checked, { at: ctx.now, today: ctx.today, by: 'import' }).filter((c) => c.change === 'done').length;
      const open = result.unchecked.filter((id) => isDone(own(course.items, id)));
      const byImport = open.filter((id) => own(course.items, id)?.by === 'import');
      const unticked = checkItems(p, result.courseId, byImport, { at: ctx.now, today: ctx.today, undo: true }).filter((c) => c.change === 'undone').length;
      return { ticked, unticked, keptTicks: open.length - byImport.length };
    },
    { now: ctx.now },
  );
  return counts;
}

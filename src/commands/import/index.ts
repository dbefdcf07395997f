/** `mlops-study import <guide.md>`: a markdown study guide becomes a curriculum directory. */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Context } from '../../context.js';
import { CurriculumError, UsageError, UserError } from '../../errors.js';
import { importGuide, type ImportResult } from '../../import/build.js';
import { checkItems } from '../../progress/mutations.js';
import { updateProgress } from '../../progress/store.js';
import { readRegularFile } from '../../util/regular-file.js';

export interface ImportOptions {
  output?: string;
  withProgress?: boolean;
  force?: boolean;
}

export interface ImportView {
  source: string;
  dir: string;
  result: ImportResult;
  progressSaved: number;
}

const GENERATED = ['course.yaml', 'tools.yaml', 'weeks', 'questions'];

/** Far beyond any study guide (the MLOps guide is 60 kB); /dev/zero or a huge file is refused while reading. */
const MAX_GUIDE_BYTES = 10 * 1024 * 1024;

function readGuide(file: string, m: Context['m']): string {
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  if (statSync(file).isDirectory()) throw new UsageError(`${file} is a directory; import reads one markdown file`);
  // A regular file only (a FIFO would wait forever, a device never end), and bounded while reading.
  const read = readRegularFile(file, { symlinks: 'follow', maxBytes: MAX_GUIDE_BYTES });
  if (!read.ok) throw new UserError(`${file} ${m.fileRefused(read)}`, 1);
  const bytes = read.bytes;
  if (bytes.includes(0)) throw new UserError(`${file} is not a text file (it contains NUL bytes); import reads markdown`, 1);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`${file} is not UTF-8 text; save it as UTF-8 and import again`, 1);
  }
  if (!text.trim()) throw new UserError(`nothing to import: ${file} is empty`, 1);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export async function importCommand(ctx: Context, file: string, options: ImportOptions): Promise<ImportView> {
  const source = resolve(ctx.cwd, file);
  const result = importGuide(readGuide(source, ctx.m), basename(source));
  if (!result.report.weeks) throw new UserError(`found nothing to study in ${source}: no headings, tasks or text`, 1);
  const dir = resolve(ctx.cwd, options.output ?? result.courseId);
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new UsageError(`${dir} exists and is not a directory`);
    const existing = readdirSync(dir).filter((name) => GENERATED.includes(name));
    if (existing.length && !options.force) throw new UsageError(`${dir} already holds a curriculum (${existing.join(', ')})`, 'Pass --force to replace it, or -o to choose another directory.');
    for (const name of existing) rmSync(join(dir, name), { recursive: true, force: true });
  }
  for (const [path, text] of Object.entries(result.files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const { loadCurriculum } = await import('../../curriculum/loader.js');
  try {
    loadCurriculum(dir);
  } catch (error) {
    if (error instanceof CurriculumError) {
      throw new UserError(`the imported curriculum in ${dir} does not validate (a bug in import; please report it):\n${error.message}`, 1);
    }
    throw error;
  }
  let progressSaved = 0;
  if (options.withProgress && result.checked.length) {
    const { result: changes } = await updateProgress(ctx.progressFile, (p) => checkItems(p, result.courseId, result.checked, { at: ctx.now, today: ctx.today }), { now: ctx.now });
    progressSaved = changes.filter((c) => c.change === 'done').length;
  }
  return { source, dir, result, progressSaved };
}

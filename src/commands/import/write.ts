/**
 * Writing an imported curriculum without ever losing a file: everything is
 * written to a temporary directory beside the target, validated there
 * together with the learner's own files (hand-added questions/, tools.yaml),
 * and only then moved into place. `--force` replaces the files an earlier
 * import wrote (listed in MANIFEST) and nothing else; a folder that is not a
 * curriculum, or one that import did not write, is never touched.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { displayPath } from '../../curriculum/files.js';
import { CurriculumError, formatProblem, UsageError, UserError } from '../../errors.js';
import type { Messages } from '../../i18n/messages.js';

export const MANIFEST = '.mlops-study-import.json';
const FOLDERS = ['weeks', 'appendix', 'questions'];

export interface Existing {
  /** Files an earlier import wrote (relative paths). */
  imported: string[];
  /** Curriculum files the learner added (kept, and validated with the new ones). */
  own: string[];
}

/** Curriculum files in `dir`: course.yaml, tools.yaml and the YAML files of weeks/, appendix/, questions/. */
function curriculumFilesIn(dir: string): string[] {
  const out = ['course.yaml', 'tools.yaml'].filter((f) => existsSync(join(dir, f)));
  for (const folder of FOLDERS) {
    if (!existsSync(join(dir, folder))) continue;
    for (const name of readdirSync(join(dir, folder)).sort()) if (/\.ya?ml$/.test(name)) out.push(`${folder}/${name}`);
  }
  return out;
}

/** An earlier import's own files: from its manifest, or (older imports) from the comment it starts every file with. */
function importedBefore(dir: string): string[] | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as { files?: unknown };
    if (Array.isArray(manifest.files)) return manifest.files.filter((f): f is string => typeof f === 'string' && !f.includes('..') && !f.startsWith('/'));
  } catch {
    // no manifest: an import before manifests, or not an import
  }
  const header = (file: string) => readFileSync(join(dir, file), 'utf8').slice(0, 300);
  if (!existsSync(join(dir, 'course.yaml')) || !/^# Imported from .* by `mlops-study import`/.test(header('course.yaml'))) return undefined;
  return curriculumFilesIn(dir).filter((f) => /^# (Week \d+ of \d+|Appendix unit \d+|Part \d+ of \d+), imported from|^# Imported from/.test(header(f)));
}

/** What is in the target directory, or a refusal when import must not write there. */
export function inspectTarget(dir: string, force: boolean, m: Messages): Existing | undefined {
  if (!existsSync(dir)) return undefined;
  if (!statSync(dir).isDirectory()) throw new UsageError(m.importTargetNotDir(dir));
  const names = readdirSync(dir);
  if (!names.length) return undefined;
  if (!names.includes('course.yaml')) throw new UsageError(m.importTargetNotCurriculum(dir), m.importHintOutput);
  const imported = importedBefore(dir);
  if (!imported) throw new UsageError(m.importTargetNotImported(dir), m.importHintOutput);
  if (!force) throw new UsageError(m.importTargetExists(dir), m.importHintForce);
  return { imported, own: curriculumFilesIn(dir).filter((f) => !imported.includes(f)) };
}

/** A temporary directory beside `dir` (same file system: moving it into place is a rename), and a writer into it. */
export function tempBeside(dir: string): { temp: string; write: (path: string, text: string) => void } {
  const temp = join(dirname(dir), `.${basename(dir)}.import-${process.pid}-${Date.now().toString(36)}`);
  mkdirSync(temp, { recursive: true });
  return {
    temp,
    write: (path, text) => {
      mkdirSync(dirname(join(temp, path)), { recursive: true });
      writeFileSync(join(temp, path), text);
    },
  };
}

/**
 * Validates what import wrote to `temp` together with the learner's own files,
 * then moves it into `dir`. On any failure nothing in `dir` has changed and
 * `temp` is gone.
 */
export async function finishCurriculum(temp: string, dir: string, data: Record<string, object>, existing: Existing | undefined, source: string, m: Messages): Promise<void> {
  try {
    const paths = Object.keys(data).sort();
    for (const own of existing?.own ?? []) cpSync(join(dir, own), join(temp, own));
    const { checkCurriculum } = await import('../../curriculum/loader.js');
    try {
      // What import wrote is checked from the data it was written from (yaml-out.ts writes exactly that); the learner's own files are read.
      checkCurriculum(temp, { known: new Map(paths.map((path) => [join(temp, path), data[path]])) });
    } catch (error) {
      if (!(error instanceof CurriculumError)) throw error;
      const mine = error.problems.filter((p) => existing?.own.some((own) => p.file.endsWith(own)));
      const text = error.problems.map((p) => formatProblem({ ...p, file: p.file.split(displayPath(temp)).join(displayPath(dir)) }, m)).join('\n');
      if (mine.length) throw new UserError(m.importOwnFilesBreak(dir, text), 1, m.importHintOwnFiles);
      throw new UserError(m.importInvalid(dir, text), 1);
    }
    const manifest = `${JSON.stringify({ source, files: paths }, null, 2)}\n`;
    if (!existing && !(existsSync(dir) && readdirSync(dir).length)) {
      // A new directory: the whole temporary one moves into place at once.
      writeFileSync(join(temp, MANIFEST), manifest);
      mkdirSync(dirname(dir), { recursive: true });
      rmSync(dir, { recursive: true, force: true }); // an empty directory left there
      renameSync(temp, dir);
      return;
    }
    for (const old of existing?.imported ?? []) if (!paths.includes(old) && existsSync(join(dir, old))) unlinkSync(join(dir, old));
    for (const path of paths) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      renameSync(join(temp, path), join(dir, path));
    }
    writeFileSync(join(dir, MANIFEST), manifest);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

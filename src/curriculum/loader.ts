/**
 * loadCurriculum(dir): reads course.yaml, tools.yaml, weeks/*.yaml and
 * questions/*.yaml, validates them all and reports every problem at once as a
 * CurriculumError. The result is plain data (see types.ts).
 */
import { existsSync, lstatSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { curriculumFiles, displayPath } from './files.js';
import type * as z from 'zod';
import { CurriculumError, UserError, withText, type CurriculumProblem } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { knownYamlFile, readYamlFile, type YamlFile } from './yaml-file.js';
import { buildSchemas, courseHeader, type RawAppendix, type RawCourse, type RawPart, type RawQuestion, type RawTools, type RawWeek } from './schema.js';
import { controlCharacterProblems, issueToProblems } from './problems.js';
import { crossCheck, type Located, type Source } from './cross-check.js';
import { assemble } from './assemble.js';
import type { Curriculum } from './types.js';

export interface LoadedFiles {
  course?: Located<RawCourse>;
  tools?: Located<RawTools>;
  weeks: Located<RawWeek>[];
  /** appendix/*.yaml: units that are not weeks. */
  appendix?: Located<RawAppendix>[];
  /** Part files (`part: 2`, `of: <unit id>`) of a unit too large for one file, in weeks/ or appendix/. */
  parts?: (Located<RawPart> & { folder: 'weeks' | 'appendix' })[];
  questions: Located<RawQuestion[]>[];
  /** Week files that failed the schema but still say their number and topic IDs, for the cross-checks. */
  weekOutlines?: Located<{ week: number; topics: string[] }>[];
}

/** The number and topic IDs of a week file that failed the schema, when it states them plainly. */
function outlineOf(data: unknown): { week: number; topics: string[] } | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { week, topics = [] } = data as { week?: unknown; topics?: unknown };
  if (!Number.isInteger(week) || !Array.isArray(topics)) return undefined;
  const ids = topics.map((t) => (typeof t === 'object' && t !== null ? (t as { id?: unknown }).id : undefined));
  return ids.every((id) => typeof id === 'string') ? { week: week as number, topics: ids as string[] } : undefined;
}

export interface LoadOptions {
  /** Data of files this process just wrote from it (import), by absolute path: checked, not parsed again. */
  known?: ReadonlyMap<string, unknown>;
}

export function loadCurriculum(dirInput: string, options: LoadOptions = {}): Curriculum {
  const { dir, files } = checkedFiles(dirInput, options);
  return assemble(dir, files);
}

/** Validates a curriculum directory without building the Curriculum (import checks its output so, in less memory). */
export function checkCurriculum(dirInput: string, options: LoadOptions = {}): void {
  checkedFiles(dirInput, options);
}

function checkedFiles(dirInput: string, options: LoadOptions): { dir: string; files: Required<Pick<LoadedFiles, 'course'>> & LoadedFiles } {
  const dir = resolve(dirInput);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw withText((message, hint) => new UserError(message, 1, hint), (m) => ({ message: m.errNoCurriculumDir(dir), hint: m.hintCurriculumDir }));
  }
  // lstat: a course.yaml that is a dangling symlink or a FIFO is there, and is reported as what it is.
  if (!present(join(dir, 'course.yaml'))) {
    throw withText((message, hint) => new UserError(message, 1, hint), (m, cmd) => ({ message: m.errNoCourseYaml(dir), hint: m.hintNewCurriculum(cmd('new', { placeholder: '<dir>' })) }));
  }
  const problems: CurriculumProblem[] = [];
  const read = (abs: string): YamlFile => {
    const file = options.known?.has(abs) ? knownYamlFile(abs, displayPath(abs), options.known.get(abs)) : readYamlFile(abs, displayPath(abs), dir);
    problems.push(...file.problems, ...controlCharacterProblems(file));
    return file;
  };
  const validate = <T>(file: YamlFile, schema: z.ZodType<T>): T | undefined => {
    if (file.problems.length) return undefined;
    const result = schema.safeParse(file.data ?? {}, { reportInput: true });
    if (result.success) return result.data;
    for (const issue of result.error.issues) problems.push(...issueToProblems(file, issue));
    return undefined;
  };

  const courseFile = read(join(dir, 'course.yaml'));
  const header = courseFile.problems.length ? undefined : courseHeader.safeParse(courseFile.data ?? {});
  const languages: Lang[] = header?.success ? header.data.languages : ['ko', 'en'];
  const schemas = buildSchemas(languages);

  const files: LoadedFiles = { weeks: [], questions: [] };
  const failed = new Set<Source>();
  const course = validate(courseFile, schemas.course);
  if (course) files.course = { value: course, file: courseFile };
  else failed.add('course');
  const toolsPath = join(dir, 'tools.yaml');
  if (present(toolsPath)) {
    const toolsFile = read(toolsPath);
    const tools = validate(toolsFile, schemas.tools);
    if (tools) files.tools = { value: tools, file: toolsFile };
    else failed.add('tools');
  }
  for (const abs of curriculumFiles(dir)) {
    const folder = abs.startsWith(join(dir, 'weeks')) ? 'weeks' : abs.startsWith(join(dir, 'appendix')) ? 'appendix' : abs.startsWith(join(dir, 'questions')) ? 'questions' : undefined;
    if (!folder) continue; // course.yaml and tools.yaml, read above
    const file = read(abs);
    if (folder !== 'questions' && typeof file.data === 'object' && file.data !== null && 'part' in file.data) {
      const part = validate(file, schemas.part);
      if (part) (files.parts ??= []).push({ value: part, file, folder });
      else failed.add('weeks');
    } else if (folder === 'appendix') {
      const unit = validate(file, schemas.appendix);
      if (unit) (files.appendix ??= []).push({ value: unit, file });
      else failed.add('weeks');
    } else if (folder === 'weeks') {
      const week = validate(file, schemas.week);
      const outline = week || file.problems.length ? undefined : outlineOf(file.data);
      if (week) files.weeks.push({ value: week, file });
      else if (outline) (files.weekOutlines ??= []).push({ value: outline, file });
      else failed.add('weeks');
    } else {
      const questions = validate(file, schemas.questions);
      if (questions) files.questions.push({ value: questions.questions, file });
      else failed.add('questions');
    }
  }
  if (files.weeks.length === 0 && !problems.length) {
    problems.push({ file: displayPath(join(dir, 'weeks')), line: 1, column: 1, issue: { code: 'no-weeks' } });
  }
  problems.push(...crossCheck(files, failed));
  if (problems.length || !files.course) throw new CurriculumError(sortProblems(problems));
  return { dir, files: files as Required<Pick<LoadedFiles, 'course'>> & LoadedFiles };
}

function present(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function sortProblems(problems: CurriculumProblem[]): CurriculumProblem[] {
  const seen = new Set<string>();
  return problems
    .filter((p) => {
      const key = `${p.file}:${p.line}:${p.column}:${JSON.stringify(p.issue)}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

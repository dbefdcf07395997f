/** The files that make up a curriculum directory (cheap: no yaml, no zod). */
import { existsSync, readdirSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';

/** course.yaml, tools.yaml, weeks/*.yaml and questions/*.yaml, in load order. */
export function curriculumFiles(dir: string): string[] {
  const list = (sub: string) => {
    const folder = join(dir, sub);
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => join(folder, name));
  };
  const top = ['course.yaml', 'tools.yaml'].map((f) => join(dir, f)).filter((f) => existsSync(f));
  return [...top, ...list('weeks'), ...list('questions')];
}

/** A path as a learner would click it: relative to cwd when inside it. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

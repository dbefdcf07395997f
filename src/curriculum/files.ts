/** The files that make up a curriculum directory (cheap: no yaml, no zod). */
import { readdirSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';

/** course.yaml, tools.yaml, weeks/*.yaml, appendix/*.yaml and questions/*.yaml, in load order. */
export function curriculumFiles(dir: string): string[] {
  // Runs on every start (the cache key), so as few system calls as it can.
  const names = (folder: string) => {
    try {
      return readdirSync(folder);
    } catch {
      return [];
    }
  };
  const top = names(dir);
  const files = ['course.yaml', 'tools.yaml'].filter((f) => top.includes(f)).map((f) => join(dir, f));
  for (const sub of ['weeks', 'appendix', 'questions']) {
    if (!top.includes(sub)) continue;
    const folder = join(dir, sub);
    for (const name of names(folder).filter((n) => n.endsWith('.yaml') || n.endsWith('.yml')).sort()) files.push(join(folder, name));
  }
  return files;
}

/** A path as a learner would click it: relative to cwd when inside it. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

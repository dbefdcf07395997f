/**
 * The validated curriculum, cached as JSON in the user cache directory. The
 * key is the YAML files' paths, sizes and modification times plus the
 * package version, so an edit, a new file or a removed file rebuilds it, and
 * `next` never loads yaml or zod when nothing changed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { curriculumFiles } from './files.js';
import type { Curriculum } from './types.js';

export interface CacheOptions {
  cacheDir: string;
  version: string;
}

export function cacheKey(dir: string, version: string): string {
  const parts = [`v${version}`, dir];
  for (const file of curriculumFiles(dir)) {
    const stat = statSync(file);
    parts.push(`${file}\t${stat.size}\t${stat.mtimeMs}`);
  }
  return createHash('sha256').update(parts.join('\n')).digest('hex');
}

export function cacheFile(cacheDir: string, dir: string): string {
  const name = createHash('sha256').update(dir).digest('hex').slice(0, 16);
  return join(cacheDir, `curriculum-${name}.json`);
}

export async function loadCached(dirInput: string, options: CacheOptions): Promise<Curriculum> {
  const dir = resolve(dirInput);
  let key: string | undefined;
  try {
    key = cacheKey(dir, options.version);
  } catch {
    // The directory is missing or unreadable: the loader explains that.
  }
  const file = cacheFile(options.cacheDir, dir);
  if (key) {
    try {
      const cached = JSON.parse(readFileSync(file, 'utf8')) as { key?: string; curriculum?: Curriculum };
      if (cached.key === key && cached.curriculum && Array.isArray(cached.curriculum.weeks)) return cached.curriculum;
    } catch {
      // No cache yet, or a damaged one: rebuild it.
    }
  }
  const { loadCurriculum } = await import('./loader.js');
  const curriculum = loadCurriculum(dir);
  if (key) writeCache(file, key, curriculum);
  return curriculum;
}

function writeCache(file: string, key: string, curriculum: Curriculum): void {
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify({ key, curriculum }));
    renameSync(temp, file);
  } catch {
    // A cache that cannot be written only costs speed.
  }
}

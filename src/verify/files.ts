/**
 * The learner's project as verify sees it: paths and globs resolved inside
 * the project only, files read with a size bound. A symlink that points out
 * of the project is skipped with a reason; wildcards never descend into
 * symlinked directories or into .git, node_modules, virtual environments and
 * the DVC cache; a whole run stops after a bounded number of directory
 * entries, so no repository can make it hang.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, sep } from 'node:path';
import { expandBraces, hasWildcard, segmentRegExp } from './glob.js';

/** Files larger than this are not read for content. */
export const MAX_READ_BYTES = 1024 * 1024;
/** Bytes one verify run reads at most, across all files. */
export const MAX_TOTAL_READ = 32 * 1024 * 1024;
/** Directory entries one verify run may look at, across all globs. */
export const MAX_ENTRIES = 200_000;
/** Matches kept per glob. */
export const MAX_MATCHES = 1000;
/** Directories wildcards never enter (a literal path may still name something inside them). */
const SKIP_NAMES = new Set(['.git', 'node_modules', '.venv', '__pycache__']);
const SKIP_PATHS = new Set(['.dvc/cache', '.dvc/tmp']);

export interface Match {
  path: string;
  type: 'file' | 'dir' | 'other';
}

export interface GlobResult {
  matches: Match[];
  /** Stopped early: the entry budget ran out, or MAX_MATCHES were found. */
  truncated: boolean;
  /** Matches that are symlinks out of the project (not in `matches`). */
  outside: string[];
}

export type ReadResult = { ok: true; text: string } | { ok: false; problem: 'missing' | 'outside' | 'not-file' | 'too-large' | 'unreadable'; size?: number; detail?: string };

export class ProjectFiles {
  readonly root: string;
  private readonly listings = new Map<string, Dirent[]>();
  private entries = 0;
  private bytesRead = 0;

  constructor(root: string) {
    this.root = realpathSync(root);
  }

  private inside(real: string): boolean {
    return real === this.root || real.startsWith(this.root.endsWith(sep) ? this.root : this.root + sep);
  }

  /** What is at a relative path, following symlinks only within the project. */
  stat(rel: string): Match['type'] | 'missing' | 'outside' {
    const abs = join(this.root, rel);
    try {
      lstatSync(abs);
    } catch {
      return 'missing';
    }
    let real: string;
    try {
      real = realpathSync(abs);
    } catch {
      return 'missing'; // a dangling symlink
    }
    if (!this.inside(real)) return 'outside';
    const stat = statSync(real);
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'dir' : 'other';
  }

  private list(rel: string): Dirent[] {
    const cached = this.listings.get(rel);
    if (cached) return cached;
    let list: Dirent[] = [];
    if (this.entries < MAX_ENTRIES) {
      try {
        list = readdirSync(join(this.root, rel), { withFileTypes: true });
      } catch {
        list = [];
      }
      if (this.entries + list.length > MAX_ENTRIES) list = list.slice(0, MAX_ENTRIES - this.entries);
      this.entries += list.length;
    }
    this.listings.set(rel, list);
    return list;
  }

  get exhausted(): boolean {
    return this.entries >= MAX_ENTRIES;
  }

  /** Every path matching a glob (braces expanded), in a stable order. */
  glob(pattern: string): GlobResult {
    const found = new Map<string, Match>();
    const outside = new Set<string>();
    let truncated = false;
    const add = (path: string) => {
      if (truncated || found.has(path) || outside.has(path)) return;
      const type = this.stat(path);
      if (type === 'outside') outside.add(path);
      else if (type !== 'missing') found.set(path, { path, type });
      if (found.size >= MAX_MATCHES) truncated = true;
    };
    let segments: string[] = [];
    const visited = new Set<string>();
    const walk = (dir: string, i: number): void => {
      // Several ** can reach one directory by many routes: walk each (directory, position) once.
      const key = `${i}\0${dir}`;
      if (truncated || visited.has(key)) return;
      visited.add(key);
      const segment = segments[i];
      if (segment === undefined) {
        if (dir) add(dir);
        return;
      }
      const last = i === segments.length - 1;
      const child = (name: string) => (dir ? `${dir}/${name}` : name);
      if (segment === '**') {
        walk(dir, i + 1); // no directory at all
        for (const entry of this.list(dir)) {
          if (entry.isDirectory() && !this.skipped(child(entry.name), entry.name)) walk(child(entry.name), i);
        }
        return;
      }
      if (!hasWildcard(segment)) {
        const next = child(segment);
        if (last) return add(next);
        const type = this.stat(next);
        if (type === 'dir') walk(next, i + 1);
        else if (type === 'outside') outside.add(next);
        return;
      }
      const regex = segmentRegExp(segment);
      for (const entry of this.list(dir)) {
        if (truncated) return;
        if (!regex.test(entry.name)) continue;
        const next = child(entry.name);
        if (last) add(next);
        else if (entry.isDirectory() && !this.skipped(next, entry.name)) walk(next, i + 1);
      }
    };
    for (const expanded of expandBraces(pattern.replace(/\/$/, ''))) {
      segments = expanded.split('/');
      visited.clear();
      walk('', 0);
    }
    if (this.exhausted) truncated = true;
    const matches = [...found.values()].sort((a, b) => a.path.localeCompare(b.path));
    return { matches, truncated, outside: [...outside].sort() };
  }

  private skipped(path: string, name: string): boolean {
    return SKIP_NAMES.has(name) || SKIP_PATHS.has(path);
  }

  /** A regular file's text, if it is inside the project and at most MAX_READ_BYTES. */
  read(rel: string): ReadResult {
    const abs = join(this.root, rel);
    let real: string;
    try {
      real = realpathSync(abs);
    } catch {
      return { ok: false, problem: 'missing' };
    }
    if (!this.inside(real)) return { ok: false, problem: 'outside' };
    let fd: number | undefined;
    try {
      // O_NONBLOCK: opening a FIFO would otherwise wait for a writer forever.
      fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
      const stat = fstatSync(fd);
      if (!stat.isFile()) return { ok: false, problem: 'not-file' };
      if (stat.size > MAX_READ_BYTES) return { ok: false, problem: 'too-large', size: stat.size };
      if (this.bytesRead + stat.size > MAX_TOTAL_READ) return { ok: false, problem: 'unreadable', detail: 'read budget' };
      this.bytesRead += stat.size;
      const buffer = Buffer.alloc(Math.min(stat.size, MAX_READ_BYTES) + 1);
      let length = 0;
      for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0; ) length += n;
      if (length > MAX_READ_BYTES) return { ok: false, problem: 'too-large', size: length };
      let text = buffer.subarray(0, length).toString('utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      return { ok: true, text };
    } catch (error) {
      return { ok: false, problem: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
}

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
/** Bytes one verify run reads at most, across all files (each file is read once). */
export const MAX_TOTAL_READ = 64 * 1024 * 1024;
/** Directory entries one verify run may look at, across all globs. */
export const MAX_ENTRIES = 200_000;
/** Matches kept per glob. */
export const MAX_MATCHES = 50_000;
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

export interface Limits {
  maxMatches: number;
  maxEntries: number;
  maxTotalRead: number;
}

export class ProjectFiles {
  readonly root: string;
  private readonly limits: Limits;
  private readonly listings = new Map<string, Dirent[]>();
  private entries = 0;
  private bytesRead = 0;
  private readonly texts = new Map<string, ReadResult>();
  private readonly stats = new Map<string, Match['type'] | 'missing' | 'outside'>();
  /** Paths a walk found as plain files (no symlink on the way): inside the project, regular, without asking the file system again. */
  private readonly plain = new Set<string>();
  /** One buffer for every read: a file is read into it, then decoded. */
  private buffer: Buffer | undefined;
  private readonly memos = new Map<string, unknown>();

  constructor(root: string, limits: Partial<Limits> = {}) {
    this.root = realpathSync(root);
    this.limits = { maxMatches: MAX_MATCHES, maxEntries: MAX_ENTRIES, maxTotalRead: MAX_TOTAL_READ, ...limits };
  }

  private inside(real: string): boolean {
    return real === this.root || real.startsWith(this.root.endsWith(sep) ? this.root : this.root + sep);
  }

  /** What is at a relative path, following symlinks only within the project. */
  stat(rel: string): Match['type'] | 'missing' | 'outside' {
    let type = this.stats.get(rel);
    if (!type) this.stats.set(rel, (type = this.statOnce(rel)));
    return type;
  }

  private statOnce(rel: string): Match['type'] | 'missing' | 'outside' {
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
    const max = this.limits.maxEntries;
    if (this.entries < max) {
      try {
        list = readdirSync(join(this.root, rel), { withFileTypes: true });
      } catch {
        list = [];
      }
      if (this.entries + list.length > max) list = list.slice(0, max - this.entries);
      this.entries += list.length;
    }
    this.listings.set(rel, list);
    return list;
  }

  get exhausted(): boolean {
    return this.entries >= this.limits.maxEntries;
  }

  /** Every path matching a glob (braces expanded), in a stable order; each glob is walked once per run. */
  glob(pattern: string): GlobResult {
    return this.memo(`glob\0${pattern}`, () => this.walkGlob(pattern));
  }

  private walkGlob(pattern: string): GlobResult {
    const found = new Map<string, Match>();
    const outside = new Set<string>();
    let truncated = false;
    // A directory entry that is not a symlink is what it says, and inside the project (walks never follow symlinks).
    const add = (path: string, entry?: Dirent) => {
      if (truncated || found.has(path) || outside.has(path)) return;
      const direct = entry && !entry.isSymbolicLink();
      if (direct && entry.isFile()) this.plain.add(path);
      const type = direct ? (entry.isFile() ? 'file' : entry.isDirectory() ? 'dir' : 'other') : this.stat(path);
      if (type === 'outside') outside.add(path);
      else if (type !== 'missing') found.set(path, { path, type });
      if (found.size >= this.limits.maxMatches) truncated = true;
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
        if (last) add(next, entry);
        else if (entry.isDirectory() && !this.skipped(next, entry.name)) walk(next, i + 1);
      }
    };
    for (const expanded of expandBraces(pattern.replace(/\/$/, ''))) {
      segments = expanded.split('/');
      visited.clear();
      walk('', 0);
    }
    if (this.exhausted) truncated = true;
    const matches = [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { matches, truncated, outside: [...outside].sort() };
  }

  private skipped(path: string, name: string): boolean {
    return SKIP_NAMES.has(name) || SKIP_PATHS.has(path);
  }

  /** What `compute` gives for `key`, computed once per run (parsed files, for one). */
  memo<T>(key: string, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }

  /** A regular file's text, if it is inside the project and at most MAX_READ_BYTES; each file is read once per run. */
  read(rel: string): ReadResult {
    let result = this.texts.get(rel);
    if (!result) this.texts.set(rel, (result = this.readOnce(rel)));
    return result;
  }

  private readOnce(rel: string): ReadResult {
    const abs = join(this.root, rel);
    const plain = this.plain.has(rel);
    let real = abs;
    if (!plain) {
      try {
        real = realpathSync(abs);
      } catch {
        return { ok: false, problem: 'missing' };
      }
      if (!this.inside(real)) return { ok: false, problem: 'outside' };
    }
    let fd: number | undefined;
    try {
      // O_NONBLOCK: opening a FIFO would otherwise wait for a writer forever.
      fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
      if (!plain) {
        const stat = fstatSync(fd);
        if (!stat.isFile()) return { ok: false, problem: 'not-file' };
        if (stat.size > MAX_READ_BYTES) return { ok: false, problem: 'too-large', size: stat.size };
      }
      // Up to one byte more than allowed: a file that fills it is too large, whatever stat said.
      const buffer = (this.buffer ??= Buffer.allocUnsafe(MAX_READ_BYTES + 1));
      let length = 0;
      for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0; ) {
        length += n;
        // A regular file gives all it has in one read: a short read is its end (saves a read per file).
        if (plain && length < buffer.length) break;
      }
      if (length > MAX_READ_BYTES) return { ok: false, problem: 'too-large', size: plain ? fstatSync(fd).size : length };
      if (this.bytesRead + length > this.limits.maxTotalRead) return { ok: false, problem: 'unreadable', detail: 'read budget' };
      this.bytesRead += length;
      let text = buffer.toString('utf8', 0, length);
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      return { ok: true, text };
    } catch (error) {
      return { ok: false, problem: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
}

/**
 * This learner's file in the group repository's members/: which one it is,
 * and writing it without ever following what another member committed. Git
 * is the model: it checks a committed symlink out as a link and never writes
 * through it; neither does this. `members/` must be a real directory inside
 * the repository and the snapshot a regular file (or absent); the write goes
 * to a new temporary file that is renamed into place, so even a symlink put
 * there between the check and the write is replaced, not followed.
 */
import { lstatSync, mkdirSync, readlinkSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isInside, kindOf, readRegularFile, type Refusal } from '../util/regular-file.js';
import { memberKey } from './board.js';
import { MAX_SNAPSHOT_BYTES } from './members.js';
import { memberFileName } from './snapshot.js';

/** A file name this learner may have recorded (profile.memberFile): a plain `*.json` name, nothing that walks out of members/. */
export function isMemberFileName(name: string | undefined): name is string {
  return typeof name === 'string' && /^[^/\\\0]+\.json$/.test(name) && !name.startsWith('.') && Buffer.byteLength(name) <= 200;
}

const readlink = (path: string) => {
  try {
    return readlinkSync(path);
  } catch {
    return '?';
  }
};

/** Why DIR/members cannot take a snapshot, or undefined (it is a real directory inside DIR, or absent). */
export function membersFolderProblem(dir: string): Refusal | undefined {
  const folder = join(dir, 'members');
  try {
    const stats = lstatSync(folder);
    if (stats.isSymbolicLink()) return { reason: 'symlink', target: readlink(folder) };
    const kind = kindOf(stats);
    if (kind === 'file') return { reason: 'not-directory' };
    if (kind !== 'directory') return { reason: kind };
    if (!isInside(realpathSync.native(dir), realpathSync.native(folder))) return { reason: 'outside', target: realpathSync.native(folder) };
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? undefined : { reason: 'unreadable', code: code ?? 'EIO' };
  }
}

export type Slot = { state: 'free' } | { state: 'taken'; name?: string } | { state: 'not-a-file'; refusal: Refusal };

/** What is at members/<file>: nothing, a snapshot (whose member name it holds), or something that is not a regular file. */
export function slotAt(dir: string, file: string): Slot {
  const path = join(dir, 'members', file);
  try {
    const stats = lstatSync(path);
    if (stats.isSymbolicLink()) return { state: 'not-a-file', refusal: { reason: 'symlink', target: readlink(path) } };
    const kind = kindOf(stats);
    if (kind !== 'file') return { state: 'not-a-file', refusal: { reason: kind } };
  } catch {
    return { state: 'free' };
  }
  const read = readRegularFile(path, { maxBytes: MAX_SNAPSHOT_BYTES, symlinks: 'refuse', within: dir });
  if (!read.ok) return read.reason === 'too-big' ? { state: 'taken' } : { state: 'not-a-file', refusal: read };
  try {
    const name = (JSON.parse(read.bytes.toString('utf8')) as { member?: { name?: unknown } } | null)?.member?.name;
    return typeof name === 'string' ? { state: 'taken', name } : { state: 'taken' };
  } catch {
    return { state: 'taken' };
  }
}

/** The same member on the board (see memberKey). */
export function sameMember(a: string, b: string): boolean {
  return memberKey(a) === memberKey(b);
}

export type Choice = { ok: true; file: string } | { ok: false; file: string; refusal: Refusal };

/**
 * The file for `name`: the first of `<slug>.json`, `<slug>-2.json`, … that is
 * free, holds this member's snapshot, or is the file this learner recorded.
 * Never another member's: two names that make one slug both get a file.
 */
export function chooseMemberFile(dir: string, name: string, recorded: string | undefined): Choice {
  for (let n = 1; n < 100; n++) {
    const file = memberFileName(name, n);
    const slot = slotAt(dir, file);
    if (slot.state === 'not-a-file') return { ok: false, file, refusal: slot.refusal };
    if (slot.state === 'free' || file === recorded || (slot.name !== undefined && sameMember(slot.name, name))) return { ok: true, file };
  }
  return { ok: true, file: memberFileName(`${name} ${Date.now()}`) };
}

/** Writes members/<file> as a new regular file renamed into place; never through a link. */
export function writeMemberFile(dir: string, file: string, text: string): void {
  const folder = join(dir, 'members');
  mkdirSync(folder, { recursive: true });
  const temporary = join(folder, `.${file}.${process.pid}.tmp`);
  // 'wx' is O_CREAT | O_EXCL: fails on anything already there, a symlink included.
  writeFileSync(temporary, text, { flag: 'wx' });
  try {
    renameSync(temporary, join(folder, file));
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Reading the members' snapshot files of a group repository, which anyone
 * who can push may have written: `members/` must be a real directory inside
 * the repository, each `*.json` a regular file (no symlink, FIFO or device)
 * of at most MAX_SNAPSHOT_BYTES, read with the cap enforced while reading.
 * Whatever fails comes back as a reason, so the board can show the rest.
 */
import { lstatSync, readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { kindOf, readRegularFile, type Refusal } from '../util/regular-file.js';

/** Far above a real snapshot (the built-in course's is about 15 kB). */
export const MAX_SNAPSHOT_BYTES = 1024 * 1024;
/** More files than any study group has members: the rest are not read. */
export const MAX_MEMBER_FILES = 500;

export type MemberFile = { file: string; text: string } | { file: string; refusal: Refusal };

export interface MemberFiles {
  files: MemberFile[];
  /** `members/` itself could not be used (a symlink, a file): why. */
  folderRefusal?: Refusal;
  /** Files left unread beyond MAX_MEMBER_FILES. */
  notRead: number;
}

/** Where snapshots live: DIR/members/ in a shared repository, else DIR itself (a folder of exports). */
export function membersFolder(dir: string): { folder: string; name: string; refusal?: Refusal } {
  const members = join(dir, 'members');
  try {
    const stats = lstatSync(members);
    if (stats.isDirectory()) return { folder: members, name: 'members' };
    if (stats.isSymbolicLink()) return { folder: members, name: 'members', refusal: { reason: 'symlink', target: safeReadlink(members) } };
    const kind = kindOf(stats);
    return { folder: members, name: 'members', refusal: kind === 'file' ? { reason: 'not-directory' } : { reason: kind } };
  } catch {
    return { folder: dir, name: '.' };
  }
}

export function readMemberFiles(dir: string): MemberFiles {
  const { folder, name, refusal } = membersFolder(dir);
  if (refusal) return { files: [], folderRefusal: refusal, notRead: 0 };
  let names: string[];
  try {
    names = readdirSync(folder).filter((n) => n.endsWith('.json')).sort();
  } catch (error) {
    return { files: [], folderRefusal: { reason: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? 'EIO' }, notRead: 0 };
  }
  const files = names.slice(0, MAX_MEMBER_FILES).map((n): MemberFile => {
    const file = name === '.' ? n : `${name}/${n}`;
    const read = readRegularFile(join(folder, n), { maxBytes: MAX_SNAPSHOT_BYTES, symlinks: 'refuse', within: dir });
    return read.ok ? { file, text: read.bytes.toString('utf8') } : { file, refusal: read };
  });
  return { files, notRead: Math.max(0, names.length - MAX_MEMBER_FILES) };
}

function safeReadlink(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return '?';
  }
}

/**
 * Real faults for end-to-end tests: small tmpfs mounts (a full disk), a
 * file-size limit (ulimit -f), and strace's fault injection (errors, delays
 * and kills at chosen system calls). Each says whether it is available, so a
 * test can skip visibly where it is not (not root, no strace).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { tempDir } from './cli.js';

export const isRoot = process.getuid?.() === 0;
/** Whether a tmpfs can be mounted here; the probe's mount is taken down at once (left, every file that imports this leaked one). */
export const canMount = isRoot && probeMount();
function probeMount(): boolean {
  const dir = tempDir('mount-probe-');
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]).status !== 0) return false;
  spawnSync('umount', ['-l', dir]);
  return true;
}
export const hasStrace = spawnSync('strace', ['-f', '-o', '/dev/null', 'true']).status === 0;
export const NEEDS_ROOT = ` (skipped: needs root to mount a small tmpfs)`;
export const NEEDS_STRACE = ` (skipped: needs strace, apt-get install strace, and permission to trace)`;
/** The reason shown in a test's title when it is skipped, nothing when it runs. */
export const unless = (available: boolean, reason: string) => (available ? '' : reason);

const mounts: string[] = [];
afterEach(() => {
  while (mounts.length) spawnSync('umount', ['-l', mounts.pop()!]);
});

/** A fresh tmpfs of `size` (e.g. '256k'), unmounted after the test. */
export function tmpfs(size: string): string {
  const dir = tempDir('mount-');
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  mounts.push(dir);
  return dir;
}

/** Fills the file system of `dir` until only `leave` bytes (rounded to its blocks) are free. */
export function fillDisk(dir: string, leave: number): void {
  const filler = join(dir, 'filler');
  rmSync(filler, { force: true });
  const { bavail, bsize } = statfsSync(dir);
  const size = bavail * bsize - leave;
  if (size > 0) writeFileSync(filler, Buffer.alloc(size));
}

/** Runs the binary through `sh` with a file-size limit of `blocks` × 1024 bytes. */
export function ulimitPrefix(blocks: number): string[] {
  return ['sh', '-c', `ulimit -f ${blocks}; exec "$0" "$@"`];
}

/** Runs the binary under strace with these options (output thrown away), following its threads. */
export function stracePrefix(...options: string[]): string[] {
  return ['strace', '-f', '-qq', '-o', '/dev/null', ...options];
}

/** Names in `dir` other than the ones mlops-study keeps (temporary files a failed write left behind). */
export function strayFiles(dir: string): string[] {
  return readdirSync(dir).filter((n) => /\.tmp/.test(n));
}

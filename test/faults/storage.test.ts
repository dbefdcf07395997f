/**
 * Case 5: storage that cannot be written. Each gives a clear message, exit 1,
 * and the previous file intact. As root, permissions do not apply, so the
 * EACCES case drops to `nobody` with setpriv; read-only and full file systems
 * are small tmpfs mounts (skipped, visibly, where mounting is not allowed).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, run, tempDir } from '../helpers/cli.js';
import { canMount, isRoot, tmpfs } from '../helpers/faults.js';

const env = { MLOPS_STUDY_NOW: '2026-12-01T10:00:00+09:00', MLOPS_STUDY_CURRICULUM: join(FIXTURES, 'curricula', 'minimal') };

async function expectRefused(home: string, reason: RegExp, options: Parameters<typeof run>[1] = {}) {
  const file = join(home, 'config.json');
  const before = readFileSync(file);
  const r = await run(['check', 'second-item'], { home, env, ...options });
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(new RegExp(`cannot save progress to ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ${reason.source}`));
  expect(r.stderr).toContain('the previous file is intact');
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(readFileSync(file)).toEqual(before);
}

describe('unwritable storage', () => {
  it('permission denied (EACCES)', async () => {
    const home = tempDir();
    await run(['check', 'first-item'], { home, env });
    if (!isRoot) {
      chmodSync(home, 0o555);
      try {
        await expectRefused(home, /permission denied/);
      } finally {
        chmodSync(home, 0o755);
      }
      return;
    }
    // Root bypasses permissions: run a world-readable copy of the built CLI as `nobody`.
    const app = tempDir('app-');
    for (const part of ['bin', 'dist', 'package.json']) cpSync(join(ROOT, part), join(app, part), { recursive: true });
    const curriculum = join(app, 'curriculum');
    cpSync(join(FIXTURES, 'curricula', 'minimal'), curriculum, { recursive: true });
    spawnSync('chmod', ['-R', 'a+rX', app]);
    chmodSync(home, 0o755);
    chmodSync(join(home, 'config.json'), 0o644);
    spawnSync('chmod', ['-R', 'a+rwX', join(home, 'cache')]);
    await expectRefused(home, /permission denied/, {
      prefix: ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'],
      bin: join(app, 'bin', 'mlops-study.js'),
      env: { ...env, MLOPS_STUDY_CURRICULUM: curriculum, HOME: app },
    });
  });

  it.skipIf(!canMount)('read-only file system (EROFS)', async () => {
    const home = tmpfs('1m');
    await run(['check', 'first-item'], { home, env });
    execFileSync('mount', ['-o', 'remount,ro', home]);
    await expectRefused(home, /the file system is read-only/);
  });

  it.skipIf(!canMount)('disk full (ENOSPC)', async () => {
    const home = tmpfs('256k');
    await run(['check', 'first-item'], { home, env });
    // Fill every remaining block.
    try {
      writeFileSync(join(home, 'filler'), Buffer.alloc(1024 * 1024));
    } catch {
      // ENOSPC here is the point
    }
    await expectRefused(home, /the disk is full/);
  });
});

/**
 * Every temporary file of a test run goes under one directory, removed when
 * the run ends. The tests make thousands of homes, projects and group
 * repositories (mkdtemp under os.tmpdir()), and the CLIs they start make
 * more; left in /tmp, each `npm test` leaked about 1.5 GB, and a machine that
 * ran the suite a few dozen times had a full disk. TMPDIR is set before the
 * workers start, so they, and every process they spawn, inherit it.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'mlops-study-tests-'));
  // Open like /tmp itself: a test runs the CLI as another user (nobody) from a copy in here.
  chmodSync(root, 0o1777);
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    // A test's small tmpfs (a full disk) that stayed mounted would stop the removal.
    let mounts = '';
    try {
      mounts = readFileSync('/proc/mounts', 'utf8'); // Linux; elsewhere no test mounts anything
    } catch {
      // nothing to unmount
    }
    const mounted = mounts
      .split('\n')
      .map((line) => line.split(' ')[1]?.replace(/\\040/g, ' '))
      .filter((point): point is string => !!point && point.startsWith(`${root}/`));
    for (const point of mounted.reverse()) spawnSync('umount', ['-l', point]);
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
}

/** Learners and shared group repositories (a bare repository plus clones), for the group tests. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { run, tempDir } from './cli.js';

export const NOW = { MLOPS_STUDY_NOW: '2026-12-08T10:00:00+09:00' };

export const gitIn = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } }).trim();

/** A learner's home with a name (or none), a start date and some items ticked. */
export async function learner(name: string | undefined, start: string, ids: string[] = [], env: Record<string, string> = NOW): Promise<string> {
  const home = tempDir();
  await run(['init', ...(name === undefined ? [] : ['--name', name]), '--start', start, '--yes'], { home, env });
  if (ids.length) await run(['check', ...ids], { home, env });
  return home;
}

export function sharedRepo(): { root: string; bare: string; clone: (name: string) => string } {
  const root = tempDir('group-');
  const bare = join(root, 'origin.git');
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', bare]);
  return { root, bare, clone: (name) => (execFileSync('git', ['clone', '-q', bare, join(root, name)], { stdio: 'ignore' }), join(root, name)) };
}

/** Commits everything in a clone as another member would, and pushes it. */
export function commitAndPush(clone: string, message: string): void {
  gitIn(clone, 'add', '-A');
  gitIn(clone, 'commit', '-q', '-m', message);
  gitIn(clone, 'push', '-q', 'origin', 'HEAD:main');
}

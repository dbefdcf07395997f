/**
 * Hints print the command the way the run was started, and the printed
 * command runs when pasted into a shell: through npx (offline, the clone's own
 * package), from the PATH (a symlink in a directory on PATH, as npm link makes),
 * and by path (from the clone and from elsewhere).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, baseEnv, exec, tempDir, type RunResult } from '../helpers/cli.js';

const NOW = { MLOPS_STUDY_NOW: '2026-12-01T10:00:00+09:00' };

/** The command of next's "Next step" (after "…topic: "; on a line of its own when it did not fit). */
function nextStep(stdout: string): string {
  const lines = stdout.split('\n');
  const at = lines.findIndex((l) => l.startsWith('Next step:'));
  const text = [lines[at], lines[at + 1] ?? ''].join(' ').trim();
  return text.slice(text.lastIndexOf(': ') + 2).trim();
}

/** Pastes `command` into a shell in `cwd`: it must run. */
function paste(command: string, cwd: string, env: Record<string, string>): RunResult {
  const r = spawnSync('sh', ['-c', command], { cwd, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('hints name the program as it was started', () => {
  it('by path from the clone: node bin/mlops-study.js …, and it runs when pasted', async () => {
    const env = { ...baseEnv(tempDir()), ...NOW };
    const r = await exec(process.execPath, [BIN, 'next'], { cwd: ROOT, env });
    expect(r.code).toBe(0);
    const step = nextStep(r.stdout);
    expect(step).toBe('node bin/mlops-study.js show mlops-what-why');
    expect(r.stdout).toContain('    node bin/mlops-study.js show mlops-what-why');
    const pasted = paste(step, ROOT, env);
    expect(pasted.code, pasted.stderr).toBe(0);
    expect(pasted.stdout).toContain('MLOps');
  });

  it('by path from elsewhere: the path as it can be typed there', async () => {
    const env = { ...baseEnv(tempDir()), ...NOW };
    const elsewhere = tempDir('mlops-elsewhere-');
    const r = await exec(process.execPath, [BIN, 'show', 'basic'], { cwd: elsewhere, env });
    expect(r.code).toBe(2);
    const hinted = /Did you mean: (.*?)(,|\?)/.exec(r.stderr)![1]!;
    expect(hinted).toMatch(/^node (\/|~\/)\S*bin\/mlops-study\.js show /);
    const pasted = paste(hinted, elsewhere, env);
    expect(pasted.code, pasted.stderr).toBe(0);
  });

  it('from the PATH (a symlink, as npm link makes): mlops-study …, in hints, help and usage errors', async () => {
    const bin = join(tempDir('mlops-path-'), 'bin');
    mkdirSync(bin);
    symlinkSync(BIN, join(bin, 'mlops-study'));
    const env = { ...baseEnv(tempDir()), ...NOW, PATH: `${bin}:${process.env.PATH}` };
    const cwd = tempDir('mlops-cwd-');
    const r = await exec('mlops-study', ['next'], { cwd, env });
    expect(r.code, r.stderr).toBe(0);
    expect(nextStep(r.stdout)).toBe('mlops-study show mlops-what-why');
    expect(paste(nextStep(r.stdout), cwd, env).code).toBe(0);
    const help = await exec('mlops-study', ['show', '--help'], { cwd, env });
    expect(help.stdout).toMatch(/^Usage: mlops-study show \[options\] <what>$/m);
    expect(help.stdout).toContain('  $ mlops-study show dvc-basics');
    const typo = await exec('mlops-study', ['nxt'], { cwd, env });
    expect(typo.stderr).toContain('Did you mean mlops-study next?');
  });

  it('a PATH entry that finds another mlops-study first is not trusted: the hint uses the path', async () => {
    const first = join(tempDir('mlops-first-'), 'bin');
    const second = join(tempDir('mlops-second-'), 'bin');
    mkdirSync(first);
    mkdirSync(second);
    symlinkSync('/bin/true', join(first, 'mlops-study'));
    symlinkSync(BIN, join(second, 'mlops-study'));
    const env = { ...baseEnv(tempDir()), ...NOW, PATH: `${first}:${second}:${process.env.PATH}` };
    const r = await exec(process.execPath, [join(second, 'mlops-study'), 'next'], { cwd: ROOT, env });
    expect(nextStep(r.stdout)).toMatch(/^node \S+\/mlops-study show mlops-what-why$/);
  });

  it.skipIf(spawnSync('npx', ['--version']).status !== 0)(
    'through npx (offline, the clone itself): npx mlops-study …, and says once how to skip npx',
    async () => {
      const cache = tempDir('mlops-npm-cache-');
      const home = tempDir();
      // npm's own settings: a private cache, never the registry.
      // ignore_scripts: a new cache would otherwise run the package's prepare script (a build) under the other tests.
      const env = { ...baseEnv(home), ...NOW, npm_config_cache: cache, npm_config_offline: 'true', npm_config_ignore_scripts: 'true', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
      const first = await exec('npx', ['--yes', 'mlops-study', 'next'], { cwd: ROOT, env });
      expect(first.code, first.stderr).toBe(0);
      expect(nextStep(first.stdout)).toBe('npx mlops-study show mlops-what-why');
      expect(first.stderr).toContain('npm link');
      expect(first.stderr).toContain('npm install -g .');
      expect(first.stderr).toMatch(/several\s+times\s+faster/);
      expect(existsSync(join(home, 'cache', 'npx-notice-shown'))).toBe(true);
      // The progress file does not remember it: only the cache does.
      expect(readFileSync(join(home, 'config.json'), 'utf8')).not.toMatch(/npx/);
      const second = await exec('npx', ['--yes', 'mlops-study', 'show', 'dvc-basic'], { cwd: ROOT, env });
      expect(second.code).toBe(2);
      expect(second.stderr).toContain('npx mlops-study show dvc-basics');
      expect(second.stderr).not.toContain('npm link');
      // Pasted, the hint runs the same program (offline, through npx again).
      const pasted = paste(nextStep(first.stdout), ROOT, env);
      expect(pasted.code, pasted.stderr).toBe(0);
    },
    120_000,
  );
});

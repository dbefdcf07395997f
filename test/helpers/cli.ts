/** Runs the built binary (dist/) the way a learner does, with an isolated home. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin', 'mlops-study.js');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
/**
 * How hints name the program in these tests: run() starts the binary by path
 * from the clone, so a hint says `node bin/mlops-study.js …` (a learner who
 * typed that can paste it). test/e2e/invocation.test.ts covers npx and PATH.
 */
export const AS_RUN = 'node bin/mlops-study.js';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  home?: string;
  env?: Record<string, string | undefined>;
  input?: string;
  cwd?: string;
  /** Keep stdin open as an empty pipe instead of /dev/null. */
  stdin?: 'pipe' | 'ignore';
  /** Run through another program first (e.g. setpriv to drop root). */
  prefix?: string[];
  /** Another copy of the binary. */
  bin?: string;
  /** Called with the child right after it starts (to kill it, say). */
  onSpawn?: (child: import('node:child_process').ChildProcess) => void;
}

export function tempDir(prefix = 'mlops-study-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A clean environment: no colour, English, no inherited curriculum or home. */
export function baseEnv(home: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'SystemRoot']) if (process.env[key]) env[key] = process.env[key]!;
  return { ...env, MLOPS_STUDY_HOME: home, LANG: 'en_US.UTF-8', NO_COLOR: '1', TZ: 'Asia/Seoul' };
}

export function run(args: string[], options: RunOptions = {}): Promise<RunResult> {
  const home = options.home ?? tempDir();
  const env = { ...baseEnv(home), ...options.env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  return new Promise((done, fail) => {
    const [command, ...rest] = [...(options.prefix ?? []), process.execPath, options.bin ?? BIN, ...args];
    const child = spawn(command!, rest, { cwd: options.cwd ?? ROOT, env: env as NodeJS.ProcessEnv, stdio: [options.input !== undefined ? 'pipe' : (options.stdin ?? 'ignore'), 'pipe', 'pipe'] });
    options.onSpawn?.(child);
    let stdout = '';
    let stderr = '';
    // Decoded as a stream: a character split between two chunks stays whole.
    child.stdout!.setEncoding('utf8');
    child.stderr!.setEncoding('utf8');
    child.stdout!.on('data', (d: string) => (stdout += d));
    child.stderr!.on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code: code ?? (signal ? 128 + (constants.signals[signal] ?? 15) : null), stdout, stderr }));
    if (options.input !== undefined) child.stdin!.end(options.input);
  });
}

export function readProgressFile(home: string): any {
  const file = join(home, 'config.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

/** Runs any program (npm, npx, a shell, the CLI by another name) and collects its output, decoded as a stream. */
export function exec(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d: string) => (stdout += d));
    child.stderr.on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

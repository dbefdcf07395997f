/**
 * Git facts about the learner's project, through the `git` executable with
 * fixed arguments only (never a command named in a curriculum). git never
 * prompts, speaks English, takes no optional locks, runs no fsmonitor hook
 * and is stopped after a while; every answer is read once per run.
 */
import { spawnSync } from 'node:child_process';

const TIMEOUT_MS = 15_000;
const MAX_OUTPUT = 64 * 1024 * 1024;

export interface GitRun {
  ok: boolean;
  stdout: string;
  /** git is not installed, timed out or its output was too large. */
  failure?: 'missing' | 'timeout' | 'too-large';
}

/** Variables that would point git at another repository than the project. */
const REDIRECTS = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_COMMON_DIR', 'GIT_NAMESPACE', 'GIT_PREFIX'];

export function runGit(cwd: string, args: string[], input?: string): GitRun {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C', LANG: 'C' };
  for (const key of REDIRECTS) delete env[key];
  const r = spawnSync('git', ['-c', 'core.fsmonitor=false', '-c', 'core.quotepath=off', ...args], {
    cwd,
    env,
    encoding: 'utf8',
    input,
    timeout: TIMEOUT_MS,
    maxBuffer: MAX_OUTPUT,
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    return { ok: false, stdout: '', failure: code === 'ENOENT' ? 'missing' : code === 'ENOBUFS' ? 'too-large' : 'timeout' };
  }
  return { ok: r.status === 0, stdout: r.stdout };
}

export interface Remote {
  name: string;
  url: string;
}

/** The facts, each asked of git at most once. */
export class GitFacts {
  private memo = new Map<string, unknown>();

  constructor(readonly cwd: string) {}

  private once<T>(key: string, get: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, get());
    return this.memo.get(key) as T;
  }

  /** 'missing' when git is not installed; false when the project is not in a work tree. */
  get repository(): boolean | 'missing' {
    return this.once('repo', () => {
      const r = runGit(this.cwd, ['rev-parse', '--is-inside-work-tree']);
      if (r.failure === 'missing') return 'missing';
      return r.ok && r.stdout.trim() === 'true';
    });
  }

  /** The commit HEAD points at, or undefined before the first commit. */
  get head(): string | undefined {
    return this.once('head', () => {
      if (this.repository !== true) return undefined;
      const r = runGit(this.cwd, ['rev-parse', '-q', '--verify', 'HEAD^{commit}']);
      const sha = r.stdout.trim();
      return r.ok && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
    });
  }

  get branch(): string | undefined {
    return this.once('branch', () => {
      if (this.repository !== true) return undefined;
      const r = runGit(this.cwd, ['symbolic-ref', '-q', '--short', 'HEAD']);
      return r.ok && r.stdout.trim() ? r.stdout.trim() : undefined;
    });
  }

  private count(args: string[]): number {
    if (!this.head) return 0;
    const r = runGit(this.cwd, args);
    return r.ok ? Number(r.stdout.trim()) || 0 : 0;
  }

  get commits(): number {
    return this.once('commits', () => this.count(['rev-list', '--count', 'HEAD']));
  }

  get merges(): number {
    return this.once('merges', () => this.count(['rev-list', '--merges', '--count', 'HEAD']));
  }

  /** Full ref names: refs/heads/…, refs/remotes/…, refs/tags/…. */
  get refs(): string[] {
    return this.once('refs', () => {
      if (this.repository !== true) return [];
      const r = runGit(this.cwd, ['for-each-ref', '--format=%(refname)', 'refs/heads', 'refs/remotes', 'refs/tags']);
      return r.ok ? r.stdout.split('\n').filter(Boolean) : [];
    });
  }

  /** Branch names other than the default one (origin/HEAD's target, else main and master), local or remote. */
  get otherBranches(): string[] {
    return this.once('branches', () => {
      const target = runGit(this.cwd, ['symbolic-ref', '-q', '--short', 'refs/remotes/origin/HEAD']);
      const defaults = new Set(['main', 'master']);
      if (target.ok && target.stdout.trim()) defaults.add(target.stdout.trim().replace(/^origin\//, ''));
      const names = new Set<string>();
      for (const ref of this.refs) {
        const name = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : ref.startsWith('refs/remotes/') ? ref.split('/').slice(3).join('/') : undefined;
        if (name && name !== 'HEAD' && !defaults.has(name)) names.add(name);
      }
      return [...names].sort();
    });
  }

  get tags(): string[] {
    return this.refs.filter((r) => r.startsWith('refs/tags/')).map((r) => r.slice('refs/tags/'.length));
  }

  /** Remotes with their URLs, origin first. */
  get remotes(): Remote[] {
    return this.once('remotes', () => {
      if (this.repository !== true) return [];
      const r = runGit(this.cwd, ['config', '--get-regexp', '^remote\\..*\\.url$']);
      if (!r.ok) return [];
      const remotes = r.stdout
        .split('\n')
        .map((line) => /^remote\.(.+)\.url (.+)$/.exec(line))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => ({ name: m[1]!, url: m[2]! }));
      return remotes.sort((a, b) => Number(b.name === 'origin') - Number(a.name === 'origin'));
    });
  }

  /**
   * Files in HEAD's tree, relative to the project directory (git lists the
   * project's part of the tree when the project is a subdirectory), plus every
   * directory that holds one. Undefined before the first commit or on failure.
   */
  get committed(): { files: string[]; paths: Set<string> } | undefined {
    return this.once('committed', () => {
      if (!this.head) return undefined;
      const r = runGit(this.cwd, ['ls-tree', '-r', '-z', '--name-only', 'HEAD']);
      if (!r.ok) return undefined;
      const files = r.stdout.split('\0').filter(Boolean);
      const paths = new Set<string>();
      for (const file of files) {
        paths.add(file);
        for (let i = file.indexOf('/'); i > 0; i = file.indexOf('/', i + 1)) paths.add(file.slice(0, i));
      }
      return { files, paths };
    });
  }

  /** Which of `paths` git ignores (a tracked file is not ignored). */
  ignored(paths: string[]): Set<string> {
    if (this.repository !== true || !paths.length) return new Set();
    const r = runGit(this.cwd, ['check-ignore', '-z', '--stdin'], paths.join('\0') + '\0');
    // Exit 1 means none of them is ignored.
    return new Set(r.stdout.split('\0').filter(Boolean));
  }
}

/** Running the `git` executable: never prompts, English messages, exit status kept. */
import { spawnSync } from 'node:child_process';

export interface GitResult {
  ok: boolean;
  code: number | null;
  stdout: string;
  stderr: string;
}

export class GitMissing extends Error {
  override name = 'GitMissing';
}

export function git(cwd: string, args: string[]): GitResult {
  const r = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    // Never wait for a password prompt; parse English messages.
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', LANG: 'C', GIT_OPTIONAL_LOCKS: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (r.error) {
    if ((r.error as NodeJS.ErrnoException).code === 'ENOENT') throw new GitMissing('git is not installed');
    throw r.error;
  }
  return { ok: r.status === 0, code: r.status, stdout: r.stdout.trim(), stderr: r.stderr.trim() };
}

/** The last meaningful line of git's error output, for a one-line message. */
export function gitReason(result: GitResult): string {
  const lines = `${result.stderr}\n${result.stdout}`.split('\n').map((l) => l.replace(/^(error|fatal|hint|remote):\s*/, '').trim()).filter(Boolean);
  return lines.find((l) => /rejected|conflict|denied|not found|could not|unable|failed/i.test(l)) ?? lines[0] ?? `exit ${result.code}`;
}

/**
 * `mlops-study group sync [DIR]`: pull (rebase), write this learner's snapshot
 * to members/<name>.json, commit, push. Any failure (no git, no remote, a
 * conflict, a rejected push) gives one clear message and puts the working copy
 * back where it was before the command.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Context } from '../../context.js';
import { UserError, UsageError } from '../../errors.js';
import { git, gitReason, GitMissing, type GitResult } from '../../group/git.js';
import { pushWithRetries } from '../../group/push.js';
import { memberFileName } from '../../group/snapshot.js';
import { buildSnapshot } from '../export/index.js';
import { groupDir } from './index.js';

export interface SyncOptions {
  push?: boolean;
}

export interface SyncView {
  dir: string;
  file: string;
  branch: string;
  remote?: string;
  pulled: number;
  committed: boolean;
  pushed: boolean;
  /** Pushes it took (0 when nothing was pushed); more than one when others pushed first. */
  pushTries: number;
}

type Step = <T>(label: string, work: () => T) => Promise<T>;

export async function sync(ctx: Context, dirArgument: string | undefined, options: SyncOptions, step: Step): Promise<SyncView> {
  const push = options.push !== false;
  const { m } = ctx;
  const dir = groupDir(ctx, dirArgument);
  const run = (args: string[]) => {
    try {
      return git(dir, args);
    } catch (error) {
      if (error instanceof GitMissing) throw new UserError(m.errGitMissing, 1, m.hintGitMissing(ctx.cmd('export', '-o', { placeholder: 'FILE' })));
      throw error;
    }
  };
  const must = (args: string[]): GitResult => {
    const r = run(args);
    if (!r.ok) throw new UserError(m.errGitRead(gitReason(r)));
    return r;
  };

  if (!run(['rev-parse', '--is-inside-work-tree']).ok) {
    throw new UsageError(m.errNotGitCopy(dir), m.hintClone);
  }
  const dirty = must(['status', '--porcelain', '--untracked-files=no']).stdout;
  if (dirty) throw new UserError(m.errDirty(dir), 1, m.hintDirty);
  const branch = run(['symbolic-ref', '--short', 'HEAD']);
  if (!branch.ok) throw new UserError(m.errDetached(dir), 1, m.hintDetached);
  const head = run(['rev-parse', '--verify', '-q', 'HEAD']);
  const start = head.ok ? head.stdout : undefined;
  const remotes = run(['remote']).stdout.split('\n').filter(Boolean);
  const upstream = run(['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{u}']);
  const remote = upstream.ok ? upstream.stdout.split('/')[0] : remotes.includes('origin') ? 'origin' : remotes[0];
  if (push && !remote) throw new UserError(m.errNoRemote(dir), 1, m.hintNoRemote);

  const snapshot = await buildSnapshot(ctx);
  const name = memberFileName(snapshot.member.name);
  const file = join(dir, 'members', name);
  const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  const inRebase = () =>
    ['rebase-merge', 'rebase-apply'].some((name) => {
      const path = run(['rev-parse', '--git-path', name]);
      return path.ok && existsSync(resolve(dir, path.stdout));
    });
  const restore = () => {
    if (inRebase()) run(['rebase', '--abort']);
    if (start) run(['reset', '--hard', '-q', start]);
    else {
      run(['rm', '-q', '--cached', '--ignore-unmatch', join('members', name)]);
      run(['update-ref', '-d', 'HEAD']);
    }
    // Our snapshot file, if git does not track it, goes back to what it was too.
    if (before === undefined) rmSync(file, { force: true });
    else if (!existsSync(file) || readFileSync(file, 'utf8') !== before) writeFileSync(file, before);
  };
  const fail = (what: string, result: GitResult, hint: string): never => {
    restore();
    throw new UserError(m.errSyncFailed(what, gitReason(result)), 1, hint);
  };

  let pulled = 0;
  const remoteBranch = remote ? run(['ls-remote', '--heads', remote, branch.stdout]) : undefined;
  if (remote && remoteBranch && !remoteBranch.ok) fail(m.syncCannotReach(remote), remoteBranch, m.hintCannotReach);
  if (remote && remoteBranch?.stdout) {
    const pull = await step('pull', () => run(['pull', '--rebase', '--no-autostash', '-q', remote, branch.stdout]));
    if (!pull.ok) fail(m.syncPullFailed, pull, m.hintPullFailed);
    const now = run(['rev-parse', 'HEAD']);
    if (start && now.ok) pulled = Number(run(['rev-list', '--count', `${start}..${now.stdout}`]).stdout) || 0;
  }

  // Two names can make one file name ("Ji Min", "ji-min"): never write over another member.
  const owner = snapshotOwner(file);
  if (owner !== undefined && owner !== snapshot.member.name) {
    restore();
    throw new UserError(m.errNameTaken(`members/${name}`, owner, snapshot.member.name), 1, m.hintNameTaken(ctx.cmd('init', '--name', { placeholder: '"<name>"' })));
  }
  mkdirSync(join(dir, 'members'), { recursive: true });
  const text = `${JSON.stringify(snapshot, null, 2)}\n`;
  // The export time alone is not news: keep the file when nothing else changed.
  const same = before !== undefined && stripTime(before) === stripTime(text);
  if (!same) writeFileSync(file, text);
  run(['add', join('members', name)]);
  let committed = false;
  if (!run(['diff', '--cached', '--quiet']).ok) {
    const identity = run(['config', 'user.email']).ok ? [] : ['-c', `user.name=${snapshot.member.name}`, '-c', 'user.email=mlops-study@localhost'];
    const message = `mlops-study: ${snapshot.member.name}, week ${snapshot.currentWeek}, ${snapshot.overall.done}/${snapshot.overall.total} done`;
    const commit = run([...identity, 'commit', '-q', '-m', message]);
    if (!commit.ok) fail(m.syncCommitFailed, commit, m.hintCommitFailed);
    committed = true;
  }

  let pushed = false;
  let pushTries = 0;
  if (push && remote) {
    // Push when there is something the remote does not have (a new commit, or an earlier --no-push).
    const ahead = run(['rev-list', '--count', `${remote}/${branch.stdout}..HEAD`]);
    if (committed || !ahead.ok || Number(ahead.stdout) > 0) {
      const outcome = await pushWithRetries({
        push: () => step('push', () => run(['push', '-q', '-u', remote, `HEAD:${branch.stdout}`])),
        // Someone pushed in between, or the ref was busy: take their commits and try again.
        pull: async () => run(['pull', '--rebase', '--no-autostash', '-q', remote, branch.stdout]),
        wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        random: Math.random,
      });
      pushTries = outcome.tries;
      if (!outcome.ok && outcome.during === 'pull') {
        fail(m.syncPullFailed, outcome.failed, m.hintPullFailed);
      }
      if (!outcome.ok) {
        fail(m.syncPushFailed(outcome.tries), outcome.failed, m.hintPushFailed(ctx.cmd('export')));
      }
      if (outcome.tries > 1) {
        // Commits taken in while retrying count as pulled too.
        const through = run(['rev-list', '--count', start ? `${start}..HEAD` : 'HEAD']);
        if (through.ok) pulled = Math.max(pulled, Number(through.stdout) - (committed ? 1 : 0));
      }
      pushed = true;
    }
  }
  return { dir, file: relative(dir, file), branch: branch.stdout, ...(remote ? { remote } : {}), pulled, committed, pushed, pushTries };
}

function stripTime(text: string): string {
  return text.replace(/"exportedAt": "[^"]*"/, '');
}

/** The member name in an existing snapshot file, if it has one. */
function snapshotOwner(file: string): string | undefined {
  try {
    const name = (JSON.parse(readFileSync(file, 'utf8')) as { member?: { name?: unknown } }).member?.name;
    return typeof name === 'string' ? name : undefined;
  } catch {
    return undefined;
  }
}

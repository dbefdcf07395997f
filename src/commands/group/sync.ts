/**
 * `mlops-study group sync [DIR]`: pull (rebase), write this learner's snapshot
 * to members/<file>.json, commit, push. Any failure (no git, no remote, a
 * conflict, a rejected push) gives one clear message and puts the working copy
 * back where it was before the command. What other members committed is
 * never followed: members/ and the snapshot file must be a real directory and
 * a regular file (see src/group/member-file.ts).
 */
import { existsSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import type { Context } from '../../context.js';
import { UserError, UsageError } from '../../errors.js';
import { git, gitReason, GitMissing, type GitResult } from '../../group/git.js';
import { chooseMemberFile, isMemberFileName, membersFolderProblem, sameMember, slotAt, writeMemberFile } from '../../group/member-file.js';
import { MAX_SNAPSHOT_BYTES } from '../../group/members.js';
import { pushWithRetries } from '../../group/push.js';
import { memberFileName } from '../../group/snapshot.js';
import { updateProgress } from '../../progress/store.js';
import { readRegularFile } from '../../util/regular-file.js';
import { jsonText, terminalLine } from '../../util/untrusted.js';
import { buildSnapshot } from '../export/index.js';
import { memberNameOrAsk } from '../export/name.js';
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
  /** The snapshot moved to a new file (the learner's name changed): from and to, under members/. */
  moved?: { from: string; to: string };
}

type Step = <T>(label: string, work: () => T) => Promise<T>;

export async function sync(ctx: Context, dirArgument: string | undefined, options: SyncOptions, step: Step): Promise<SyncView> {
  const push = options.push !== false;
  const { m } = ctx;
  const dir = groupDir(ctx, dirArgument);
  // The name is the learner's to choose, before anything is pulled or written.
  const { name: memberName, asked } = await memberNameOrAsk(ctx, { canAsk: ctx.stdinIsTTY, missing: ctx.m.errSyncNeedsName });
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

  const snapshot = await buildSnapshot(ctx, memberName);
  const profile = ctx.progress().progress.profile;
  // The file this learner's snapshot was last written to; before memberFile was saved, a snapshot
  // published under the OS user name (when no name was set) is recognised by that name.
  const recorded = isMemberFileName(profile.memberFile) ? profile.memberFile : asked ? legacyFile(dir) : undefined;
  let name = '';
  let file = '';
  let before: Buffer | undefined;
  let written = false;
  const inRebase = () =>
    ['rebase-merge', 'rebase-apply'].some((name) => {
      const path = run(['rev-parse', '--git-path', name]);
      return path.ok && existsSync(resolve(dir, path.stdout));
    });
  const restore = () => {
    if (inRebase()) run(['rebase', '--abort']);
    if (start) run(['reset', '--hard', '-q', start]);
    else if (name) {
      run(['rm', '-q', '--cached', '--ignore-unmatch', join('members', name)]);
      run(['update-ref', '-d', 'HEAD']);
    }
    // Our snapshot file, if git does not track it, goes back to what it was too (never through a link).
    if (!written || !file) return;
    if (before === undefined) rmSync(file, { force: true });
    else if (slotAt(dir, name).state !== 'not-a-file') writeMemberFile(dir, name, before.toString('utf8'));
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

  // members/ and the file must be what they look like: a directory and a regular file inside the repository.
  const folderProblem = membersFolderProblem(dir);
  if (folderProblem) {
    restore();
    throw new UserError(ctx.m.errMembersFolder(dir, ctx.m.pathIs(folderProblem)), 1, ctx.m.hintMembersFolder);
  }
  // Two names can make one file name ("Ji Min", "ji-min"): the next free one, never another member's.
  const choice = chooseMemberFile(dir, memberName, recorded);
  if (!choice.ok) {
    restore();
    throw new UserError(ctx.m.errMemberFile(`members/${choice.file}`, ctx.m.pathIs(choice.refusal)), 1, ctx.m.hintMemberFile(`members/${choice.file}`));
  }
  name = choice.file;
  file = join(dir, 'members', name);
  const existing = readRegularFile(file, { maxBytes: MAX_SNAPSHOT_BYTES, symlinks: 'refuse', within: dir });
  before = existing.ok ? existing.bytes : undefined;
  // A new name moves the old snapshot (git mv), so no ghost of the old name stays on the board.
  let moved: SyncView['moved'];
  if (recorded && recorded !== name && slotAt(dir, recorded).state === 'taken') {
    const from = join('members', recorded);
    const tracked = run(['ls-files', '--error-unmatch', '--', from]).ok;
    const step = !tracked ? undefined : before === undefined ? run(['mv', '--', from, join('members', name)]) : run(['rm', '-q', '--', from]);
    if (step && !step.ok) fail(m.syncMoveFailed, step, m.hintMoveFailed);
    if (!tracked) rmSync(join(dir, from), { force: true });
    moved = { from: recorded, to: name };
  }
  const text = `${jsonText(snapshot)}\n`;
  // The export time alone is not news: keep the file when nothing else changed.
  const same = before !== undefined && stripTime(before.toString('utf8')) === stripTime(text);
  if (!same) {
    writeMemberFile(dir, name, text);
    written = true;
  }
  run(['add', '--', join('members', name)]);
  let committed = false;
  if (!run(['diff', '--cached', '--quiet']).ok) {
    const shownName = terminalLine(snapshot.member.name);
    const identity = run(['config', 'user.email']).ok ? [] : ['-c', `user.name=${shownName}`, '-c', 'user.email=mlops-study@localhost'];
    const message = `mlops-study: ${shownName}, week ${snapshot.currentWeek}, ${snapshot.overall.done}/${snapshot.overall.total} done`;
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
  if (profile.memberFile !== name && !ctx.progress().newer) {
    await updateProgress(ctx.progressFile, (p) => {
      p.profile.memberFile = name;
    }, { now: ctx.now });
  }
  return { dir, file: `members/${name}`, branch: branch.stdout, ...(remote ? { remote } : {}), pulled, committed, pushed, pushTries, ...(moved ? { moved } : {}) };
}

/** The snapshot earlier versions published under the OS user name when no name was set, if it is there. */
function legacyFile(dir: string): string | undefined {
  let user: string;
  try {
    user = userInfo().username;
  } catch {
    return undefined;
  }
  const file = memberFileName(user);
  const slot = slotAt(dir, file);
  return slot.state === 'taken' && slot.name !== undefined && sameMember(slot.name, user) ? file : undefined;
}

function stripTime(text: string): string {
  return text.replace(/"exportedAt": "[^"]*"/, '');
}

/**
 * Pushing a snapshot to a shared repository that others push to at the same
 * moment. A git server answers a push that lost such a race in a handful of
 * ways (non-fast-forward, "fetch first", "failed to update ref", "cannot lock
 * ref … but expected …"); every one means "take their commits and push
 * again". This does that a bounded number of times, waiting a little longer
 * each time so that members who sync together before a meeting spread out.
 * Anything else (a hook that declines, no permission, a conflict) is final.
 */
import type { GitResult } from './git.js';

/** Tries in all (the first push and up to four more). */
export const PUSH_TRIES = 5;

/**
 * Answers of git or of a server that mean another push got there first, or
 * that the ref was busy while another push updated it. Worded by git
 * (receive-pack, push, fetch) and by GitHub and GitLab, which relay them.
 */
const RACE_ANSWERS = [
  /\(fetch first\)/,
  /\(non-fast-forward\)/,
  /\bstale info\b/,
  /failed to update ref/,
  /cannot lock ref/,
  /unable to lock/i,
  /failed to lock/,
  /incorrect old value provided/,
  /is at [0-9a-f]{7,} but expected [0-9a-f]{7,}/,
  /Unable to create '[^']*\.lock': File exists/,
  /another git process seems to be running/,
];

export function lostRace(result: GitResult): boolean {
  if (result.ok) return false;
  const text = `${result.stderr}\n${result.stdout}`;
  return RACE_ANSWERS.some((pattern) => pattern.test(text));
}

/** The wait before try `n + 1` (n ≥ 1): about 0.25, 0.5, 1 and 2 s, with jitter so that racers drift apart. */
export function retryDelayMs(n: number, random: () => number): number {
  const base = 250 * 2 ** (n - 1);
  return Math.round(base * (0.75 + random() * 0.5));
}

export interface PushSteps {
  push: () => Promise<GitResult>;
  /** Takes the others' commits (git pull --rebase); a conflict is final. */
  pull: () => Promise<GitResult>;
  wait: (ms: number) => Promise<void>;
  random: () => number;
}

export type PushOutcome =
  | { ok: true; tries: number }
  /** `failed` is the answer that ended it: the last push, or a pull that could not take the others' commits. */
  | { ok: false; tries: number; failed: GitResult; during: 'push' | 'pull' };

export async function pushWithRetries(steps: PushSteps, tries = PUSH_TRIES): Promise<PushOutcome> {
  for (let n = 1; ; n++) {
    const pushed = await steps.push();
    if (pushed.ok) return { ok: true, tries: n };
    if (!lostRace(pushed) || n >= tries) return { ok: false, tries: n, failed: pushed, during: 'push' };
    await steps.wait(retryDelayMs(n, steps.random));
    const pulled = await steps.pull();
    // A fetch can meet a busy ref as well; the next push then fails fast and we pull again.
    if (!pulled.ok && !lostRace(pulled)) return { ok: false, tries: n, failed: pulled, during: 'pull' };
  }
}

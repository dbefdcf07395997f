/** Which git answers mean "someone else pushed first", and how often sync tries again. */
import { describe, expect, it } from 'vitest';
import { lostRace, pushWithRetries, retryDelayMs, PUSH_TRIES } from '../../src/group/push.js';
import type { GitResult } from '../../src/group/git.js';

const fail = (stderr: string): GitResult => ({ ok: false, code: 1, stdout: '', stderr });
const ok: GitResult = { ok: true, code: 0, stdout: '', stderr: '' };

describe('lostRace', () => {
  it.each([
    // git's own push, a local or SSH remote
    ' ! [rejected]        HEAD -> main (fetch first)\nerror: failed to push some refs to \'origin\'',
    ' ! [rejected]        main -> main (non-fast-forward)',
    ' ! [remote rejected] HEAD -> main (failed to update ref)',
    " ! [remote rejected] main -> main (cannot lock ref 'refs/heads/main': is at 1a2b3c4d5e6f7a8b but expected 9f8e7d6c5b4a3921)",
    ' ! [remote rejected] main -> main (incorrect old value provided)',
    " ! [rejected]        main -> main (stale info)",
    "remote: fatal: Unable to create '/srv/git/group.git/refs/heads/main.lock': File exists.",
    "error: cannot lock ref 'refs/remotes/origin/main': Unable to create '/x/.git/refs/remotes/origin/main.lock': File exists.",
  ])('retries after %s', (stderr) => {
    expect(lostRace(fail(stderr))).toBe(true);
  });

  it.each([
    ' ! [remote rejected] main -> main (pre-receive hook declined)',
    'remote: Permission to org/group.git denied to jimin.\nfatal: unable to access',
    ' ! [remote rejected] main -> main (protected branch hook declined)',
    "fatal: 'origin' does not appear to be a git repository",
    'CONFLICT (content): Merge conflict in members/notes.md',
  ])('gives up at once after %s', (stderr) => {
    expect(lostRace(fail(stderr))).toBe(false);
  });

  it('a successful answer is no race', () => {
    expect(lostRace(ok)).toBe(false);
  });
});

describe('retryDelayMs', () => {
  it('grows with each try and stays within ±25 % of 0.25, 0.5, 1, 2 s', () => {
    for (const random of [0, 0.5, 0.999]) {
      const waits = [1, 2, 3, 4].map((n) => retryDelayMs(n, () => random));
      waits.forEach((ms, i) => {
        const base = 250 * 2 ** i;
        expect(ms).toBeGreaterThanOrEqual(base * 0.75);
        expect(ms).toBeLessThanOrEqual(base * 1.25);
      });
      expect([...waits].sort((x, y) => x - y)).toEqual(waits);
    }
  });
});

function script(pushes: GitResult[], pulls: GitResult[] = []) {
  const log: string[] = [];
  return {
    log,
    steps: {
      push: async () => (log.push('push'), pushes.shift() ?? ok),
      pull: async () => (log.push('pull'), pulls.shift() ?? ok),
      wait: async (ms: number) => void log.push(`wait ${ms}`),
      random: () => 0.5,
    },
  };
}

describe('pushWithRetries', () => {
  it('pulls and pushes again after each lost race, waiting longer each time', async () => {
    const race = fail(' ! [remote rejected] HEAD -> main (failed to update ref)');
    const { log, steps } = script([race, race]);
    expect(await pushWithRetries(steps)).toEqual({ ok: true, tries: 3 });
    expect(log).toEqual(['push', 'wait 250', 'pull', 'push', 'wait 500', 'pull', 'push']);
  });

  it('gives up after a bounded number of tries and returns the last answer', async () => {
    const race = fail(' ! [rejected] HEAD -> main (fetch first)');
    const { log, steps } = script(Array(PUSH_TRIES + 3).fill(race));
    const outcome = await pushWithRetries(steps);
    expect(outcome).toMatchObject({ ok: false, tries: PUSH_TRIES, during: 'push', failed: race });
    expect(log.filter((s) => s === 'push')).toHaveLength(PUSH_TRIES);
  });

  it('stops at once on an answer that is not a race', async () => {
    const declined = fail(' ! [remote rejected] main -> main (pre-receive hook declined)');
    const { log, steps } = script([declined]);
    expect(await pushWithRetries(steps)).toMatchObject({ ok: false, tries: 1, during: 'push' });
    expect(log).toEqual(['push']);
  });

  it('a conflict while taking the others\' commits is final; a busy ref while fetching is not', async () => {
    const race = fail(' ! [rejected] HEAD -> main (non-fast-forward)');
    const conflict = fail('CONFLICT (content): Merge conflict in members/jimin.json');
    expect(await pushWithRetries(script([race], [conflict]).steps)).toMatchObject({ ok: false, tries: 1, during: 'pull', failed: conflict });
    const busy = fail("error: cannot lock ref 'refs/remotes/origin/main': is at 1a2b3c4d but expected 5e6f7a8b");
    expect(await pushWithRetries(script([race, race], [busy]).steps)).toEqual({ ok: true, tries: 3 });
  });
});

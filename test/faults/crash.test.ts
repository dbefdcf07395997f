/** Case 4: writers killed with SIGKILL at random moments never leave an unreadable file or lose a reported save. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers/cli.js';
import { crashLoop } from '../helpers/crash.js';
import { courseWithItems } from '../helpers/curricula.js';

describe('crashes mid-write', () => {
  it('survives writers killed at random moments until 10 were interrupted and 10 finished', async () => {
    const home = tempDir();
    const { dir, ids } = courseWithItems(120);
    const env = { MLOPS_STUDY_CURRICULUM: dir };
    await run(['status'], { home, env });
    const { killed, reported, runs } = await crashLoop({ home, env, ids, seed: 20261127, minKills: 10, minSaves: 10, maxRuns: ids.length });
    // The loop really interrupted writers and let others finish (it stops as soon as both happened).
    expect(killed, `${killed} killed in ${runs} runs`).toBeGreaterThanOrEqual(10);
    expect(reported.length).toBeGreaterThanOrEqual(10);
    const saved = Object.keys(JSON.parse(readFileSync(join(home, 'config.json'), 'utf8')).courses['tiny-course'].items);
    for (const id of reported) expect(saved).toContain(id);
    expect((await run(['status', '--json'], { home, env })).code).toBe(0);
  }, 600_000);
});

/** Case 4: writers killed with SIGKILL at random moments never leave an unreadable file or lose a reported save. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers/cli.js';
import { courseWithItems } from '../helpers/curricula.js';
import { seededRandom } from '../../src/quiz/random.js';

describe('crashes mid-write', () => {
  it('survives 30 writers killed at random moments', async () => {
    const home = tempDir();
    const { dir, ids } = courseWithItems(30);
    const env = { MLOPS_STUDY_CURRICULUM: dir };
    await run(['status'], { home, env });
    const random = seededRandom(20261127);
    const reported: string[] = [];
    let killed = 0;
    for (const id of ids) {
      const delay = 50 + Math.floor(random() * 800);
      const r = await run(['check', id], {
        home,
        env,
        onSpawn: (child) => {
          setTimeout(() => {
            if (child.kill('SIGKILL')) killed++;
          }, delay);
        },
      });
      if (r.code === 0 && r.stdout.includes('Marked done')) reported.push(id);
      // After every crash the file must still parse (or not exist yet, if nothing was saved so far).
      if (existsSync(join(home, 'config.json'))) {
        const text = readFileSync(join(home, 'config.json'), 'utf8');
        expect(() => JSON.parse(text), `after ${id}`).not.toThrow();
      } else expect(reported).toEqual([]);
    }
    const saved = Object.keys(JSON.parse(readFileSync(join(home, 'config.json'), 'utf8')).courses['tiny-course'].items);
    for (const id of reported) expect(saved).toContain(id);
    // The loop really interrupted some writers and let others finish.
    expect(killed).toBeGreaterThan(0);
    expect(reported.length).toBeGreaterThan(0);
    expect((await run(['status', '--json'], { home, env })).code).toBe(0);
  }, 120_000);
});

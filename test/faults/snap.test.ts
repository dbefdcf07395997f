/**
 * Issue 13, case 3: `SNAP` in the environment (a terminal inside a
 * snap-packaged app). conf's atomically then writes the file in place, so a
 * kill during a save left it truncated (19 of 25 kills of a large file).
 * mlops-study's own writer has no such mode: the file is always replaced by a
 * rename, never rewritten in place.
 */
import { linkSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProgressFile, run, tempDir } from '../helpers/cli.js';
import { crashLoop } from '../helpers/crash.js';
import { courseWithItems } from '../helpers/curricula.js';
import { hasStrace, NEEDS_STRACE, stracePrefix, unless } from '../helpers/faults.js';

const snap = { SNAP: '/snap/some-app/42', MLOPS_STUDY_NOW: '2026-12-01T10:00:00+09:00' };

describe('SNAP set in the environment', () => {
  it('every save replaces the file by a rename, never rewrites it in place: a hard link to the old file keeps the old content', async () => {
    const home = tempDir();
    const { dir, ids } = courseWithItems(3);
    const env = { ...snap, MLOPS_STUDY_CURRICULUM: dir };
    await run(['check', ids[0]!], { home, env });
    for (const [n, id] of ids.slice(1).entries()) {
      const file = join(home, 'config.json');
      const before = readFileSync(file);
      linkSync(file, join(home, `old-${n}`));
      expect((await run(['check', id], { home, env })).code).toBe(0);
      expect(readFileSync(join(home, `old-${n}`))).toEqual(before);
      expect(statSync(file).ino).not.toBe(statSync(join(home, `old-${n}`)).ino);
      expect(Object.keys(readProgressFile(home).courses['tiny-course'].items)).toContain(id);
    }
  });

  it.skipIf(!hasStrace)(`a kill at the first write into the progress file itself never happens: nothing writes there${unless(hasStrace, NEEDS_STRACE)}`, async () => {
    const home = tempDir();
    const { dir, ids } = courseWithItems(2);
    const env = { ...snap, MLOPS_STUDY_CURRICULUM: dir };
    await run(['check', ids[0]!], { home, env });
    // strace kills the process at any write(2)/pwrite64 to config.json (not to its temporary file).
    const r = await run(['check', ids[1]!], { home, env, prefix: stracePrefix('-P', join(home, 'config.json'), '-e', 'inject=write,pwrite64,writev,pwritev:signal=SIGKILL') });
    expect(r.code, r.stderr).toBe(0);
    expect(Object.keys(readProgressFile(home).courses['tiny-course'].items)).toEqual(ids);
  });

  it('kill -9 at random moments of saves of a 10 MB file: always a whole file, every reported save in it', async () => {
    const home = tempDir();
    const { dir, ids } = courseWithItems(200);
    const env = { ...snap, MLOPS_STUDY_CURRICULUM: dir };
    // 2,000 saved items the curriculum no longer has (kept as orphans), with long notes: a large file to save.
    const items = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`old-item-${i}`, { note: `${i} ${'n'.repeat(5000)}` }]));
    writeFileSync(join(home, 'config.json'), JSON.stringify({ schemaVersion: 2, profile: { startDate: '2026-11-30' }, courses: { 'tiny-course': { items, read: {}, activity: {}, cards: {}, answers: {}, sessions: [] } } }));
    const { killed, reported, runs } = await crashLoop({ home, env, ids, seed: 13, minKills: 12, minSaves: 4, maxRuns: ids.length, from: 'lock' });
    expect(killed, `${killed} killed in ${runs} runs`).toBeGreaterThanOrEqual(12);
    const saved = readProgressFile(home).courses['tiny-course'].items;
    expect(Object.keys(saved).filter((id) => id.startsWith('old-item-'))).toHaveLength(2000);
    for (const id of reported) expect(saved[id]).toBeDefined();
    expect(readFileSync(join(home, 'config.json'), 'utf8').length).toBeGreaterThan(10_000_000);
  }, 600_000);
});

/** Case 2: files from other versions of mlops-study. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, readProgressFile, run, tempDir } from '../helpers/cli.js';

const env = { MLOPS_STUDY_NOW: '2026-12-01T10:00:00+09:00', MLOPS_STUDY_CURRICULUM: join(FIXTURES, 'curricula', 'minimal') };

describe('progress from other versions', () => {
  it('never writes a file from a newer mlops-study, but still reads it', async () => {
    const home = tempDir();
    const file = join(home, 'config.json');
    const newer = JSON.stringify({ schemaVersion: 2, profile: { startDate: '2026-11-30' }, courses: { 'tiny-course': { items: { 'first-item': { doneAt: '2026-11-30T00:00:00Z' } } } }, futureField: true });
    writeFileSync(file, newer);
    for (const args of [['check', 'second-item'], ['init', '--name', 'x'], ['config', 'repair', '--yes']]) {
      const r = await run(args, { home, env });
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(/newer mlops-study/);
      expect(r.stderr).toMatch(/[Uu]pgrade/);
    }
    expect(readFileSync(file, 'utf8')).toBe(newer);
    const status = await run(['status', '--json'], { home, env });
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout).overall.done).toBe(1);
    const next = await run(['next'], { home, env });
    expect(next.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(newer);
  });

  it('migrates an older (unversioned) file on the next change and keeps the original', async () => {
    const home = tempDir();
    const file = join(home, 'config.json');
    const old = JSON.stringify({ profile: { name: 'Jimin', startDate: '2026-11-30' }, courses: { 'tiny-course': { items: { 'first-item': { doneAt: '2026-11-30T00:00:00Z' } } } } });
    writeFileSync(file, old);
    const r = await run(['check', 'second-item'], { home, env });
    expect(r.code).toBe(0);
    expect(readFileSync(join(home, 'config.json.v0.bak'), 'utf8')).toBe(old);
    const migrated = readProgressFile(home);
    expect(migrated.schemaVersion).toBe(1);
    expect(migrated.profile.name).toBe('Jimin');
    expect(Object.keys(migrated.courses['tiny-course'].items)).toEqual(['first-item', 'second-item']);
    // Later writes leave the backup alone.
    await run(['check', 'third-item'], { home, env });
    expect(readFileSync(join(home, 'config.json.v0.bak'), 'utf8')).toBe(old);
    expect(existsSync(join(home, 'config.json.v1.bak'))).toBe(false);
  });
});

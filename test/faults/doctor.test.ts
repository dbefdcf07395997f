/** `mlops-study doctor`: finds each problem and names the command that fixes it. */
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, run, tempDir } from '../helpers/cli.js';

const env = { MLOPS_STUDY_CURRICULUM: join(FIXTURES, 'curricula', 'minimal') };
const doctor = async (home: string, extra: Record<string, string> = {}) => {
  const r = await run(['doctor', '--json'], { home, env: { ...env, ...extra } });
  return { code: r.code, checks: JSON.parse(r.stdout).checks as { name: string; status: string; detail: string; fix?: string }[] };
};
const find = (checks: { name: string }[], name: string) => checks.find((c) => c.name === name);

describe('doctor', () => {
  it('passes a healthy setup and prints a readable report', async () => {
    const home = tempDir();
    await run(['check', 'first-item'], { home, env });
    const { code, checks } = await doctor(home);
    expect(code).toBe(0);
    expect(checks.filter((c) => c.status === 'fail')).toEqual([]);
    const text = await run(['doctor'], { home, env });
    expect(text.stdout).toContain('Everything looks fine.');
    expect(text.stdout).toContain('Terminal');
  });

  it('fails on a damaged file and points at config repair', async () => {
    const home = tempDir();
    writeFileSync(join(home, 'config.json'), '{"schemaVersion": 1,');
    const { code, checks } = await doctor(home);
    expect(code).toBe(1);
    expect(find(checks, 'file')).toMatchObject({ status: 'fail', fix: 'mlops-study config repair' });
  });

  it('fails on a newer schemaVersion, warns on an older one', async () => {
    const home = tempDir();
    writeFileSync(join(home, 'config.json'), JSON.stringify({ schemaVersion: 99, profile: {}, courses: {} }));
    expect(find((await doctor(home)).checks, 'version')).toMatchObject({ status: 'fail', fix: 'git pull && npm install' });
    writeFileSync(join(home, 'config.json'), JSON.stringify({ profile: {}, courses: {} }));
    expect(find((await doctor(home)).checks, 'version')).toMatchObject({ status: 'warn' });
  });

  it('reports a stale lock, orphaned items and an invalid curriculum', async () => {
    const home = tempDir();
    writeFileSync(join(home, 'config.json'), JSON.stringify({ schemaVersion: 1, courses: { 'tiny-course': { items: { 'gone-item': { doneAt: '2026-11-01T00:00:00Z' } } } } }));
    mkdirSync(join(home, 'config.json.lock'));
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(home, 'config.json.lock'), old, old);
    const { checks } = await doctor(home);
    expect(find(checks, 'lock')).toMatchObject({ status: 'warn', detail: expect.stringContaining('stale lock') });
    expect(find(checks, 'orphaned')).toMatchObject({ status: 'warn', detail: expect.stringContaining('gone-item') });
    const broken = await doctor(home, { MLOPS_STUDY_CURRICULUM: join(FIXTURES, 'curricula', 'unknown-field') });
    expect(broken.code).toBe(1);
    expect(find(broken.checks, 'valid')).toMatchObject({ status: 'fail', fix: expect.stringMatching(/^mlops-study validate /) });
  });
});

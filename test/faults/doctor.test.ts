/** `mlops-study doctor`: finds each problem and names the command that fixes it. */
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, run, tempDir } from '../helpers/cli.js';

const env = { MLOPS_STUDY_CURRICULUM: join(FIXTURES, 'curricula', 'minimal') };
const doctor = async (home: string, extra: Record<string, string> = {}) => {
  const r = await run(['doctor', '--json'], { home, env: { ...env, ...extra } });
  return { code: r.code, checks: JSON.parse(r.stdout).checks as { name: string; status: string; detail: string; fix?: string; command?: string[] }[] };
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
    expect(text.stdout).toContain('language: English (from LANG=en_US.UTF-8)');
  });

  it('says where the language came from: the flag, the profile or the locale variable, in that language', async () => {
    const home = tempDir();
    const said = async (args: string[], extra: Record<string, string | undefined> = {}) => (await run([...args, 'doctor'], { home, env: { ...env, ...extra } })).stdout.split('\n').find((l) => /language:|언어:/.test(l));
    expect(await said(['--lang', 'ko'])).toContain('언어: 한국어 (--lang 옵션)');
    expect(await said([], { LANG: undefined, LC_ALL: 'ko_KR.UTF-8' })).toContain('한국어 (환경 변수 LC_ALL=ko_KR.UTF-8)');
    expect(await said([], { LANG: undefined })).toContain('English (LANG, LC_ALL and LC_MESSAGES are not set)');
    await run(['init', '--lang', 'ko', '--yes'], { home, env });
    expect(await said([])).toContain('한국어 (init으로 저장한 프로필)');
  });

  it('fails on a damaged file and points at config repair', async () => {
    const home = tempDir();
    writeFileSync(join(home, 'config.json'), '{"schemaVersion": 1,');
    const { code, checks } = await doctor(home);
    expect(code).toBe(1);
    expect(find(checks, 'file')).toMatchObject({ status: 'fail', fix: 'node bin/mlops-study.js config repair', command: ['config', 'repair'] });
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
    expect(find(broken.checks, 'valid')).toMatchObject({ status: 'fail', fix: expect.stringMatching(/^node bin\/mlops-study\.js validate /), command: ['validate', join(FIXTURES, 'curricula', 'unknown-field')] });
  });
});

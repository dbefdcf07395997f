/**
 * Issue 14, case 7: conditions of the learner's machine or typing that used
 * to end in "unexpected error … this is a bug" (or worse, exit 0). Each now
 * ends with a message in the learner's language and the right exit code.
 * (Before: config repair on a directory, stdout on /dev/full, a deleted
 * working directory and a dangling symlink in weeks/ said "unexpected
 * error"; `mlops-study --bogus` printed the help and exited 0; `init --start
 * 9999-12-31` was saved and `next` printed "+010000-01"; a `week: 0` said
 * "needs at least 0".)
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_RUN, BIN, baseEnv, FIXTURES, readProgressFile, run, tempDir, type RunResult } from '../helpers/cli.js';

const NOW = { MLOPS_STUDY_NOW: '2026-12-08T10:00:00+09:00' };
const notABug = (r: RunResult) => expect(`${r.stdout}${r.stderr}`).not.toMatch(/unexpected error|this is a bug/);

/** Runs the binary with stdout going to `path` (a file or a device) rather than a pipe. */
function runTo(path: string, args: string[], home: string, env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((done, fail) => {
    import('node:fs').then(({ openSync, closeSync }) => {
      const out = openSync(path, 'w');
      const child = spawn(process.execPath, [BIN, ...args], { env: { ...baseEnv(home), ...env }, stdio: ['ignore', out, 'pipe'] });
      let stderr = '';
      child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', fail);
      child.on('close', (code) => {
        closeSync(out);
        done({ code, stdout: '', stderr });
      });
    }, fail);
  });
}

describe('case 7: conditions, not bugs', () => {
  it.skipIf(!existsSync('/dev/full'))('stdout on a full device (> /dev/full) is exit 1 with a message on stderr, in both languages', async () => {
    const home = tempDir();
    const en = await runTo('/dev/full', ['next'], home, NOW);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('cannot write the output: the device is full (ENOSPC)');
    notABug(en);
    const ko = await runTo('/dev/full', ['status', '--lang', 'ko'], home, NOW);
    expect(ko.code).toBe(1);
    expect(ko.stderr).toContain('출력을 쓸 수 없습니다: 장치에 남은 공간이 없습니다 (ENOSPC)');
  });

  it.skipIf(process.platform === 'win32')('a deleted working directory is named, in the locale\'s language', async () => {
    const gone = tempDir();
    // The child starts in the directory, which is removed before it runs: spawn's cwd is checked first.
    const script = `process.chdir(${JSON.stringify(gone)}); require('fs').rmdirSync(${JSON.stringify(gone)}); process.argv = [process.argv[0], ${JSON.stringify(BIN)}, 'next']; require(${JSON.stringify(BIN)});`;
    for (const [lang, text] of [['en_US.UTF-8', 'the current directory no longer exists'], ['ko_KR.UTF-8', '현재 디렉터리가 더 이상 없습니다']] as const) {
      mkdirSync(gone, { recursive: true });
      const r = await new Promise<RunResult>((done) => {
        const child = spawn(process.execPath, ['-e', script], { env: { ...baseEnv(tempDir()), LANG: lang }, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
        child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('close', (code) => done({ code, stdout, stderr }));
      });
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toContain(text);
      notABug(r);
    }
  });

  it.skipIf(process.platform === 'win32')('a dangling symlink in weeks/ is a located problem', async () => {
    const dir = join(tempDir(), 'course');
    cpSync(join(FIXTURES, 'curricula', 'minimal'), dir, { recursive: true });
    symlinkSync('03-removed.yaml', join(dir, 'weeks', '03.yaml'));
    for (const args of [['validate', dir], ['next', '--curriculum', dir]]) {
      const r = await run(args);
      expect(r.code).toBe(1);
      expect(`${r.stdout}${r.stderr}`).toContain('weeks/03.yaml:1:1: a symbolic link to 03-removed.yaml, which does not exist');
      notABug(r);
    }
  });

  it('config repair with a directory in place of the progress file (both languages)', async () => {
    const home = tempDir();
    mkdirSync(join(home, 'config.json'));
    const en = await run(['config', 'repair', '--yes'], { home });
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('is a directory, not a file; nothing was read or changed');
    notABug(en);
    const ko = await run(['config', 'repair', '--yes'], { home, env: { LANG: 'ko_KR.UTF-8' } });
    expect(ko.code).toBe(1);
    expect(ko.stderr).toContain('파일이 아니라 디렉터리입니다');
  });

  it('`mlops-study --bogus` is a usage error (exit 2), not the help with exit 0; in Korean too', async () => {
    const r = await run(['--bogus']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`mlops-study: unknown option --bogus\nhint: Usage and examples: ${AS_RUN} --help\n`);
    const typo = await run(['--lnag', 'ko']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('Did you mean --lang?');
    const ko = await run(['--lang', 'ko', '--bogus']);
    expect(ko.code).toBe(2);
    expect(ko.stderr).toBe(`mlops-study: 알 수 없는 옵션입니다: --bogus\n도움말: 사용법과 예시: ${AS_RUN} --help\n`);
    const sub = await run(['next', '--bogus', '--lang', 'ko']);
    expect(sub.code).toBe(2);
    expect(sub.stderr).toContain('알 수 없는 옵션입니다: --bogus');
    expect((await run(['--lang', 'ko', 'nxet'])).stderr).toContain(`알 수 없는 명령입니다: "nxet"\n도움말: 혹시 이것인가요? ${AS_RUN} next`);
  });

  it('`init --start 9999-12-31` and other implausible start dates are refused, nothing saved', async () => {
    const home = tempDir();
    for (const date of ['9999-12-31', '1999-12-31', '2027-12-10']) {
      const r = await run(['init', '--start', date, '--yes'], { home, env: NOW });
      expect(r.code, date).toBe(2);
      expect(r.stderr).toContain(`--start ${date} is not a plausible start date; choose one from 2000-01-01 to 2027-12-09`);
    }
    expect(readProgressFile(home)).toBeUndefined();
    const ko = await run(['init', '--start', '9999-12-31', '--yes', '--lang', 'ko'], { home, env: NOW });
    expect(ko.stderr).toContain('시작일로 볼 수 없습니다');
    // A year ahead is fine: a group that plans its next semester.
    expect((await run(['init', '--start', '2027-12-08', '--yes'], { home, env: NOW })).code).toBe(0);
    expect((await run(['next'], { home, env: NOW })).stdout).not.toContain('+0');
  });

  it('a curriculum week 0 needs "a number greater than 0", and is no gap before week 1', async () => {
    const dir = join(tempDir(), 'course');
    cpSync(join(FIXTURES, 'curricula', 'minimal'), dir, { recursive: true });
    writeFileSync(join(dir, 'weeks', '03.yaml'), 'week: 0\nid: week-zero\ntitle: { ko: 영, en: Zero }\n');
    const r = await run(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('weeks/03.yaml:1:7: "week" needs a number greater than 0');
    expect(r.stdout).not.toContain('at least 0');
    expect(r.stdout).not.toContain('missing before');
    rmSync(join(dir, 'weeks', '03.yaml'));
  });
});

/**
 * Issue 14, case 4: curriculum files and the progress file are read only
 * when they are regular files of bounded size; anything else is named from
 * lstat/fstat before a byte is read. Before issue 14, a curriculum file that
 * was a symlink to /dev/zero grew to gigabytes, a FIFO or /dev/urandom hung
 * `next` and `validate`, a FIFO in place of the progress file hung every
 * command (even --help), and a directory as a week file was "unexpected
 * error … EISDIR". A hang fails these tests by their timeout.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, run, tempDir } from '../helpers/cli.js';

const unix = process.platform !== 'win32';

/** The minimal fixture with weeks/02.yaml replaced by `make(path)`. */
function curriculumWith(make: (path: string) => void): string {
  const dir = join(tempDir(), 'course');
  cpSync(join(FIXTURES, 'curricula', 'minimal'), dir, { recursive: true });
  rmSync(join(dir, 'weeks', '02.yaml'));
  make(join(dir, 'weeks', '02.yaml'));
  return dir;
}

const cases: [string, (path: string) => void, RegExp, RegExp][] = [
  ['a symlink to /dev/zero', (p) => symlinkSync('/dev/zero', p), /weeks\/02\.yaml:1:1: a symbolic link that leaves the curriculum directory \(to \/dev\/zero\)/, /커리큘럼 디렉터리 밖\(\/dev\/zero\)/],
  ['a symlink to /dev/urandom', (p) => symlinkSync('/dev/urandom', p), /weeks\/02\.yaml:1:1: a symbolic link that leaves the curriculum directory/, /커리큘럼 디렉터리 밖/],
  ['a FIFO', (p) => execFileSync('mkfifo', [p]), /weeks\/02\.yaml:1:1: a named pipe \(FIFO\), not a file/, /이름 있는 파이프\(FIFO\)/],
  ['a directory', (p) => mkdirSync(p), /weeks\/02\.yaml:1:1: a directory, not a file/, /파일이 아니라 디렉터리입니다/],
  ['a dangling symlink', (p) => symlinkSync('/nonexistent/02.yaml', p), /weeks\/02\.yaml:1:1: a symbolic link to \/nonexistent\/02\.yaml, which does not exist/, /없는 대상\(\/nonexistent\/02\.yaml\)/],
  ['a symlink to a file outside the curriculum', (p) => {
    const outside = join(tempDir(), 'secret.yaml');
    writeFileSync(outside, 'week: 2\n');
    symlinkSync(outside, p);
  }, /weeks\/02\.yaml:1:1: a symbolic link that leaves the curriculum directory/, /커리큘럼 디렉터리 밖/],
];

describe.skipIf(!unix)('case 4: a curriculum file that is not a regular file', () => {
  it.each(cases)('%s is a located problem (exit 1) for validate, next, status and show, in both languages', async (_name, make, en, ko) => {
    const curriculum = curriculumWith(make);
    for (const args of [['validate', curriculum], ['next', '--curriculum', curriculum], ['status', '--curriculum', curriculum], ['show', 'basics', '--curriculum', curriculum]]) {
      const r = await run(args);
      expect(r.code, `${args[0]}: ${r.stdout}${r.stderr}`).toBe(1);
      expect(`${r.stdout}${r.stderr}`).toMatch(en);
      expect(r.stderr).not.toContain('unexpected error');
    }
    const korean = await run(['next', '--curriculum', curriculum, '--lang', 'ko']);
    expect(korean.code).toBe(1);
    expect(korean.stderr).toMatch(ko);
  }, 60_000);

  it('a symlink to a regular file inside the curriculum is read as that file', async () => {
    const curriculum = curriculumWith((p) => symlinkSync('../shared/02.yaml', p));
    mkdirSync(join(curriculum, 'shared'));
    cpSync(join(FIXTURES, 'curricula', 'minimal', 'weeks', '02.yaml'), join(curriculum, 'shared', '02.yaml'));
    const r = await run(['validate', curriculum]);
    expect(r.code, r.stdout).toBe(0);
  });

  it('a file over 2 MB is refused from its size (a sparse 600 MB week file)', async () => {
    const curriculum = curriculumWith((p) => {
      writeFileSync(p, '');
      execFileSync('truncate', ['-s', '600M', p]);
    });
    const r = await run(['validate', curriculum]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('weeks/02.yaml:1:1: file is 600.0 MB; curriculum files may be at most 2 MB');
  });
});

describe.skipIf(!unix)('case 4: a FIFO or a directory in place of the progress file', () => {
  it('hangs no command, not even --help; says what it is and changes nothing', async () => {
    const home = tempDir();
    execFileSync('mkfifo', [join(home, 'config.json')]);
    for (const args of [['--help'], ['next', '--help'], ['--version']]) {
      const r = await run(args, { home });
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
    }
    for (const args of [['next'], ['status'], ['next', '--json'], ['check', 'git-mastery'], ['init', '--name', 'x', '--yes'], ['export'], ['config', 'repair', '--yes']]) {
      const r = await run(args, { home });
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(1);
      expect(r.stderr).toContain('is a named pipe (FIFO), not a file; nothing was read or changed');
      expect(r.stderr).not.toContain('unexpected error');
    }
    const doctor = await run(['doctor'], { home, env: { COLUMNS: '200' } });
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toContain('named pipe (FIFO)');
    const ko = await run(['status', '--lang', 'ko'], { home });
    expect(ko.stderr).toContain('이름 있는 파이프(FIFO)');
  }, 60_000);

  it('config repair on a directory is the learner\'s condition, not a bug', async () => {
    const home = tempDir();
    mkdirSync(join(home, 'config.json'));
    writeFileSync(join(home, 'config.json', 'inside.txt'), 'kept\n');
    for (const lang of ['en', 'ko']) {
      const r = await run(['config', 'repair', '--yes', '--lang', lang], { home });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(lang === 'en' ? 'is a directory, not a file' : '파일이 아니라 디렉터리입니다');
      expect(r.stderr).not.toContain('unexpected error');
    }
    expect(readFileSync(join(home, 'config.json', 'inside.txt'), 'utf8')).toBe('kept\n');
  });
});

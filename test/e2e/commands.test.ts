/** Every core command through the built binary, with a temporary MLOPS_STUDY_HOME. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { width } from '../../src/ui/text.js';
import { AS_RUN, BIN, FIXTURES, baseEnv, readProgressFile, run, tempDir } from '../helpers/cli.js';

const minimal = join(FIXTURES, 'curricula', 'minimal');
const fixed = (now: string, extra: Record<string, string> = {}) => ({ MLOPS_STUDY_NOW: now, MLOPS_STUDY_CURRICULUM: minimal, ...extra });

describe('next', () => {
  it('just works on first run: week 1, says the study starts today, remembers it', async () => {
    const home = tempDir();
    const r = await run(['next'], { home, env: { MLOPS_STUDY_NOW: '2026-11-27T09:00:00+09:00' } });
    expect(r.code).toBe(0);
    // A one-time notice: on stderr, so stdout stays the plan alone.
    expect(r.stderr).toContain('Your study starts today (2026-11-27)');
    expect(r.stdout).not.toContain('starts today');
    expect(r.stdout).toContain('Week 1 of 6');
    expect(r.stdout).toContain('MLOps concepts and environment setup');
    expect(r.stdout).toContain('mlops-concepts-need');
    expect(readProgressFile(home).profile.startDate).toBe('2026-11-27');
    const again = await run(['next'], { home, env: { MLOPS_STUDY_NOW: '2026-12-05T09:00:00+09:00' } });
    expect(again.stdout + again.stderr).not.toContain('starts today');
    expect(again.stdout).toContain('Week 2 of 6');
  });

  it('prints the JSON contract and nothing else', async () => {
    const home = tempDir();
    await run(['init', '--start', '2026-11-20', '--yes'], { home, env: fixed('2026-11-27T12:00:00+09:00') });
    await run(['check', 'first-item'], { home, env: fixed('2026-11-27T12:00:00+09:00') });
    const r = await run(['next', '--json'], { home, env: fixed('2026-11-28T12:00:00+09:00') });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ week: 2, title: 'Second week', startDate: '2026-11-27', endDate: '2026-12-03' });
    expect(json.items).toEqual([{ id: 'third-item', text: 'Third item', done: false, doneAt: null, week: 2, evidence: [] }]);
    expect(json.carriedOver.map((i: { id: string }) => i.id)).toEqual(['second-item']);
  });

  it('shows another week with --week and refuses a bad one', async () => {
    const home = tempDir();
    const r = await run(['next', '--week', '2', '--lang', 'ko'], { home, env: fixed('2026-11-27T12:00:00+09:00') });
    expect(r.stdout).toContain('2주 중 2주차');
    expect(r.stdout).toContain('둘째 주');
    for (const bad of ['0', '99', 'abc']) {
      const e = await run(['next', '--week', bad], { home, env: fixed('2026-11-27T12:00:00+09:00') });
      expect(e.code).toBe(2);
      expect(e.stderr).toContain(`--week must be a week number from 1 to 2, got "${bad}"`);
      expect(e.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('check', () => {
  it('marks items by ID, undoes, and reports the week', async () => {
    const home = tempDir();
    const env = fixed('2026-11-27T12:00:00+09:00');
    const r = await run(['check', 'first-item', 'second-item', '--note', 'read it twice'], { home, env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/first-item First item \(Marked done\)/);
    expect(r.stdout).toContain('Week 1: 2/2 done');
    const items = readProgressFile(home).courses['tiny-course'].items;
    expect(items['first-item']).toEqual({ doneAt: '2026-11-27T03:00:00.000Z', note: 'read it twice' });
    const again = await run(['check', 'first-item'], { home, env });
    expect(again.stdout).toContain('(already done)');
    const undo = await run(['check', 'first-item', '--undo'], { home, env });
    expect(undo.stdout).toContain('(Marked not done)');
    // Unticking keeps what the learner wrote: the note stays, only the tick goes.
    const after = readProgressFile(home).courses['tiny-course'].items;
    expect(after['first-item']).toEqual({ note: 'read it twice' });
    expect(after['second-item']).toMatchObject({ doneAt: '2026-11-27T03:00:00.000Z' });
    expect((await run(['status', '--json'], { home, env })).stdout).toMatch(/"id": ?"first-item"[^}]*"done": ?false/);
  });

  it('exits 2 on an unknown ID and suggests the closest', async () => {
    const home = tempDir();
    const r = await run(['check', 'frist-item'], { home, env: fixed('2026-11-27T12:00:00+09:00') });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown item ID: "frist-item" (did you mean first-item?)');
    expect(readProgressFile(home)).toBeUndefined();
  });

  it('refuses to prompt when stdin is not a terminal', async () => {
    for (const stdin of [{ input: 'y\n' }, { stdin: 'ignore' as const }]) {
      const home = tempDir();
      const r = await run(['check'], { home, env: fixed('2026-11-27T12:00:00+09:00'), ...stdin });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('needs an interactive terminal');
      // An item of this week (the first open one), so that the example runs as typed in any curriculum.
      expect(r.stderr).toContain(`${AS_RUN} check first-item`);
      expect(readProgressFile(home)).toBeUndefined();
    }
  });
});

describe('status', () => {
  it('prints bars and the JSON contract, counting orphaned progress', async () => {
    const home = tempDir();
    const env = fixed('2026-11-27T12:00:00+09:00');
    await run(['check', 'first-item', 'third-item'], { home, env });
    const text = await run(['status'], { home, env });
    expect(text.stdout).toMatch(/1 First week\s+[█#]+[░-]+ 1\/2\s+50%\s+read 0\/1 current/);
    expect(text.stdout).toContain('Streak: 1 day');
    const json = JSON.parse((await run(['status', '--json'], { home, env })).stdout);
    expect(json).toMatchObject({ currentWeek: 1, overall: { done: 2, total: 3 } });
    expect(json.weeks[1]).toMatchObject({ week: 2, title: 'Second week', done: 1, total: 1, topicsRead: 0, topicsTotal: 1 });
    expect(json.weeks[0].items[0]).toEqual({ id: 'first-item', text: 'First item', done: true, doneAt: '2026-11-27T03:00:00.000Z', evidence: [] });
  });
});

describe('validate', () => {
  it('counts a valid curriculum', async () => {
    const r = await run(['validate', minimal, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      ok: true,
      counts: { weeks: 2, topics: 2, items: 3, questions: 2, tools: 1, resources: 2, courseResources: 1, questionTypes: { single: 1, truefalse: 1 } },
      errors: [],
    });
  });

  it('reports a broken line with file:line:col and exits 1', async () => {
    const dir = join(FIXTURES, 'curricula', 'unknown-field');
    const r = await run(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/unknown-field\/weeks\/01\.yaml:18:5: unknown field "colour"/);
    const json = JSON.parse((await run(['validate', dir, '--json'])).stdout);
    expect(json.ok).toBe(false);
    expect(json.errors).toEqual([{ file: expect.stringMatching(/weeks\/01\.yaml$/), line: 18, column: 5, code: 'unknown-field', message: 'unknown field "colour"' }]);
  });

  it('stops other commands at a broken curriculum with the located error', async () => {
    const r = await run(['next'], { env: { MLOPS_STUDY_CURRICULUM: join(FIXTURES, 'curricula', 'wrong-type') } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/weeks\/02\.yaml:1:7: "week" should be a number/);
  });
});

describe('init and config', () => {
  it('takes flags without a terminal and shows the values', async () => {
    const home = tempDir();
    const r = await run(['init', '--start', '2026-12-01', '--name', '지민', '--lang', 'ko'], { home });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('지민');
    expect(readProgressFile(home).profile).toEqual({ startDate: '2026-12-01', name: '지민', lang: 'ko' });
    const next = await run(['next'], { home, env: { MLOPS_STUDY_NOW: '2026-12-02T09:00:00+09:00' } });
    expect(next.stdout).toContain('6주 중 1주차');
  });

  it('names each setting in the run\'s language with where it comes from: a flag, the profile, the environment', async () => {
    const home = tempDir();
    const env = { LANG: 'ko_KR.UTF-8', MLOPS_STUDY_GROUP_DIR: '/srv/study-group' };
    const first = await run(['init', '--name', '지민', '--yes'], { home, env });
    expect(first.stdout).toMatch(/^현재 설정$/m);
    expect(first.stdout).toMatch(/^ {2}이름 +지민 \(--name 옵션\)$/m);
    expect(first.stdout).toMatch(/^ {2}시작일 +\d{4}-\d\d-\d\d \(오늘로 정해 저장함\)$/m);
    expect(first.stdout).toMatch(/^ {2}언어 +한국어 · ko \(환경 변수 LANG=ko_KR\.UTF-8, 저장 안 됨\)$/m);
    expect(first.stdout).toMatch(/^ {2}그룹 디렉터리 +\/srv\/study-group \(환경 변수 MLOPS_STUDY_GROUP_DIR, 저장 안 됨\)$/m);
    const again = await run(['init', '--lang', 'en', '--yes'], { home, env: { LANG: 'C.UTF-8' } });
    expect(again.stdout).toMatch(/^ {2}Name +지민 \(saved\)$/m);
    expect(again.stdout).toMatch(/^ {2}Language +English · en \(from --lang\)$/m);
    expect(again.stdout).toMatch(/^ {2}Group directory +\(not set\)$/m);
  });

  it('rejects an impossible date with exit 2', async () => {
    const home = tempDir();
    const r = await run(['init', '--start', '2026-02-30', '--yes'], { home });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--start must be a real date as YYYY-MM-DD, got "2026-02-30"');
    expect(readProgressFile(home)).toBeUndefined();
  });

  it('prints the progress file path', async () => {
    const home = tempDir();
    const r = await run(['config', 'path'], { home });
    expect(r.stdout.trim()).toBe(join(home, 'config.json'));
  });
});

describe('the program', () => {
  it('prints help without a terminal, and the version', async () => {
    const help = await run([]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain(`Usage: ${AS_RUN}`);
    const version = await run(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('exits 2 with a suggestion on an unknown command or option, and on --lang xx', async () => {
    const r = await run(['nxt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "nxt"');
    expect(r.stderr).toContain(`Did you mean ${AS_RUN} next?`);
    const o = await run(['next', '--jsn']);
    expect(o.code).toBe(2);
    expect(o.stderr).toContain('--json');
    const l = await run(['next', '--lang', 'xx']);
    expect(l.code).toBe(2);
    expect(l.stderr).toMatch(/ko, en/);
  });

  it('shows examples in every command help', async () => {
    const root = await run(['--help']);
    const commands = [...root.stdout.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]!).filter((c) => c !== 'help');
    expect(commands.length).toBeGreaterThanOrEqual(16);
    for (const command of [...commands.map((c) => [c]), ['config', 'path'], ['config', 'repair'], ['group', 'sync']]) {
      for (const lang of ['en', 'ko']) {
        const r = await run(['--lang', lang, ...command, '--help']);
        expect(r.code, command.join(' ')).toBe(0);
        expect(r.stdout, command.join(' ')).toContain(`$ ${AS_RUN} ${command.join(' ')}`);
        expect(r.stdout).toMatch(lang === 'ko' ? /예시:/ : /Examples:/);
      }
    }
  });

  it('speaks Korean in the everyday mistakes too', async () => {
    const cases: [string[], RegExp][] = [
      [['check', 'frist-item'], /없는 항목 ID: "frist-item" \(혹시 first-item\?\)/],
      [['next', '--week', '9'], /--week에는 1부터 \d+ 사이의 주차 번호를 주세요\. 받은 값: "9"/],
      [['check'], /항목을 골라 체크하기에는 대화형 터미널이 필요합니다/],
      [['quiz'], /퀴즈에는 대화형 터미널이 필요합니다/],
      [['show', 'nope'], /"nope"에 해당하는 내용이 없습니다/],
      [['init', '--start', '2026-02-30'], /--start에는 YYYY-MM-DD 형식의 실제 날짜를 주세요/],
      [['quiz', '--all', '--due'], /--week, --all, --due 중 하나만 고르세요/],
    ];
    for (const [args, message] of cases) {
      const r = await run(['--lang', 'ko', ...args], { env: { MLOPS_STUDY_CURRICULUM: join(FIXTURES, 'curricula', 'minimal') } });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/^도움말: /m);
    }
  });

  it('ends help and errors quietly when the reader goes away (| head -1)', async () => {
    for (const args of [['--help'], ['next', '--help'], ['status', '--help'], ['help', 'next'], ['quiz', '--help']]) {
      for (let i = 0; i < 3; i++) {
        const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" ${args.join(' ')} | head -1`], { env: baseEnv(tempDir()), encoding: 'utf8' });
        expect(r.stderr, args.join(' ')).toBe('');
        expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
      }
    }
  });

  it('wraps help to a 40-column terminal by display width, descriptions under their terms', async () => {
    for (const lang of ['ko', 'en']) {
      const r = await run(['--lang', lang, '--help'], { env: { COLUMNS: '40' } });
      const prose = r.stdout.split('\n').filter((l) => !l.includes(`$ ${AS_RUN}`) && !l.startsWith(`  ${AS_RUN}`));
      for (const line of prose) expect(width(line), line).toBeLessThanOrEqual(40);
    }
  });
});

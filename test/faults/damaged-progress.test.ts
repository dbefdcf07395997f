/** Case 1: a damaged progress file is never treated as empty, and `config repair` keeps what it can. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_RUN, FIXTURES, readProgressFile, run, tempDir } from '../helpers/cli.js';

const env = { MLOPS_STUDY_NOW: '2026-12-01T10:00:00+09:00', MLOPS_STUDY_CURRICULUM: join(FIXTURES, 'curricula', 'minimal') };

async function homeWithProgress(): Promise<{ home: string; file: string; good: string }> {
  const home = tempDir();
  await run(['check', 'first-item', 'second-item', 'third-item'], { home, env });
  const file = join(home, 'config.json');
  return { home, file, good: readFileSync(file, 'utf8') };
}

const damages: [string, (good: string) => string | Buffer, RegExp][] = [
  ['truncated', (good) => good.slice(0, Math.floor(good.length * 0.7)), /not valid JSON/],
  ['empty', () => '', /is damaged: the file is empty/],
  ['not JSON', () => 'schemaVersion = 1\n[courses]\n', /not valid JSON/],
  ['JSON of the wrong shape', () => '{"schemaVersion": 1, "courses": {"tiny-course": {"items": {"first-item": "yesterday"}}}}', /wrong shape: courses\.tiny-course\.items\.first-item has no valid doneAt/],
  ['a list instead of an object', () => '[1, 2, 3]', /wrong shape: the top level is not an object/],
  ['NUL bytes', (good) => Buffer.concat([Buffer.from(good.slice(0, 60)), Buffer.alloc(64)]), /NUL bytes/],
];

describe.each(damages)('a progress file that is %s', (_name, damage, problem) => {
  it('stops every command with exit 1, names the file and the problem, leaves it as it was and copies it aside', async () => {
    const { home, file, good } = await homeWithProgress();
    const broken = damage(good);
    writeFileSync(file, broken);
    for (const args of [['next'], ['status'], ['check', 'first-item'], ['next', '--json'], ['init', '--name', 'x']]) {
      const r = await run(args, { home, env });
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toContain(`the progress file ${file} is damaged`);
      expect(r.stderr).toMatch(problem);
      expect(r.stderr).toContain(`Run ${AS_RUN} config repair to keep what can be recovered, or ${AS_RUN} doctor for details.`);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
    }
    expect(readFileSync(file)).toEqual(Buffer.from(broken));
    const copies = readdirSync(home).filter((f) => f.startsWith('config.json.corrupt-'));
    expect(copies).toHaveLength(1);
    expect(readFileSync(join(home, copies[0]!))).toEqual(Buffer.from(broken));
  });
});

describe('config repair', () => {
  it('keeps the valid items of a truncated file and backs up the original', async () => {
    const { home, file, good } = await homeWithProgress();
    const broken = good.slice(0, good.indexOf('"third-item"') + 5);
    writeFileSync(file, broken);
    const r = await run(['config', 'repair', '--yes'], { home, env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Kept: 2 ticked items');
    const items = readProgressFile(home).courses['tiny-course'].items;
    expect(Object.keys(items)).toEqual(['first-item', 'second-item']);
    const backup = r.stdout.match(/Original kept as:\s+(\S+)/)![1]!;
    expect(readFileSync(backup, 'utf8')).toBe(broken);
    expect((await run(['status', '--json'], { home, env })).code).toBe(0);
  });

  it('drops only the invalid entries of a file with the wrong shape', async () => {
    const home = tempDir();
    writeFileSync(join(home, 'config.json'), JSON.stringify({ schemaVersion: 1, courses: { 'tiny-course': { items: { 'first-item': { doneAt: '2026-11-30T00:00:00Z' }, 'second-item': 'soon' }, cards: { 'q-basics': { due: 'never' } } } } }));
    const r = await run(['config', 'repair', '--yes'], { home, env });
    expect(r.stdout).toContain('Kept: 1 ticked item, 0 quiz cards');
    expect(r.stdout).toContain('courses.tiny-course.items.second-item has no valid doneAt time');
    expect(Object.keys(readProgressFile(home).courses['tiny-course'].items)).toEqual(['first-item']);
  });

  it('drops a half-written quiz card, which would make its next review fail, and keeps a whole one', async () => {
    const home = tempDir();
    const whole = { due: '2026-12-03T01:00:00.000Z', state: 2, stability: 3, difficulty: 5, elapsed_days: 0, scheduled_days: 2, learning_steps: 0, reps: 1, lapses: 0, last_review: '2026-12-01T01:00:00.000Z' };
    const cards = { 'q-basics': whole, 'q-advanced': { due: '2026-12-03T01:00:00.000Z', state: 2 } };
    writeFileSync(join(home, 'config.json'), JSON.stringify({ schemaVersion: 1, courses: { 'tiny-course': { cards } } }));
    const status = await run(['status'], { home, env });
    expect(status.code).toBe(1);
    expect(status.stderr).toContain('cards.q-advanced is not a valid review card');
    const r = await run(['config', 'repair', '--yes'], { home, env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('1 quiz card,');
    expect(readProgressFile(home).courses['tiny-course'].cards).toEqual({ 'q-basics': whole });
    expect((await run(['status'], { home, env })).code).toBe(0);
  });

  it('says it in Korean too, with LANG=ko or --lang ko', async () => {
    const home = tempDir();
    writeFileSync(join(home, 'config.json'), '{"schemaVersion": 1, "cour');
    for (const r of [await run(['--lang', 'ko', 'status'], { home, env }), await run(['next'], { home, env: { ...env, LANG: 'ko_KR.UTF-8' } })]) {
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/진행 상황 파일 .*config\.json이 손상되었습니다: 올바른 JSON이 아닙니다/);
      expect(r.stderr).toContain(`도움말: 살릴 수 있는 것을 복구하려면: ${AS_RUN} config repair (자세한 내용: ${AS_RUN} doctor)`);
    }
  });

  it('explains a byte-order mark, and repair keeps everything behind it', async () => {
    const home = tempDir();
    const content = JSON.stringify({ schemaVersion: 1, profile: { startDate: '2026-11-30' }, courses: { 'tiny-course': { items: { 'first-item': { doneAt: '2026-11-30T00:00:00Z' } } } } });
    writeFileSync(join(home, 'config.json'), `\uFEFF${content}`);
    const status = await run(['status'], { home, env });
    expect(status.code).toBe(1);
    expect(status.stderr).toContain('byte-order mark (BOM)');
    expect((await run(['config', 'repair', '--yes'], { home, env })).code).toBe(0);
    expect(readProgressFile(home).courses['tiny-course'].items).toEqual({ 'first-item': { doneAt: '2026-11-30T00:00:00Z' } });
    expect((await run(['status'], { home, env })).code).toBe(0);
  });

  it('asks first, and refuses without a terminal unless --yes', async () => {
    const { home, file } = await homeWithProgress();
    writeFileSync(file, '{"schemaVersion": 1, "courses": {');
    const r = await run(['config', 'repair'], { home, env, input: 'y\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('pass --yes');
    expect(readFileSync(file, 'utf8')).toBe('{"schemaVersion": 1, "courses": {');
  });

  it('says a healthy or missing file needs nothing', async () => {
    const { home } = await homeWithProgress();
    expect((await run(['config', 'repair', '--yes'], { home, env })).stdout).toContain('the file is fine');
    expect((await run(['config', 'repair', '--yes'], { env })).stdout).toContain('does not exist yet');
    expect(existsSync(join(home, 'config.json'))).toBe(true);
  });
});

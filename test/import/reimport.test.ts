/**
 * import as a learner uses it, through the built binary: a dry run writes
 * nothing; importing again keeps progress in step with the guide (only
 * import's own ticks are undone, edited items keep their progress); --force
 * keeps the learner's files and refuses folders it must not touch; a failed
 * import leaves nothing behind; odd encodings are read or named.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, readProgressFile, run, tempDir } from '../helpers/cli.js';

const now = { MLOPS_STUDY_NOW: '2026-12-01T10:00:00+09:00' };
const shapes = join(FIXTURES, 'guides', 'shapes');

const guideV1 = `# Docker Study

## Week 1: Basics

- [x] Install Docker Engine on your laptop
- [x] Run the hello-world container
- [ ] Write a Dockerfile for a Flask app

## Week 2: Compose

- [ ] Start two services with docker compose
`;

describe('import again over an earlier import', () => {
  it('unticks only ticks an import made, keeps check ticks, and keeps the progress of an edited item', async () => {
    const home = tempDir();
    const work = tempDir();
    const guide = join(work, 'guide.md');
    writeFileSync(guide, guideV1);
    const out = join(work, 'course');
    expect((await run(['import', guide, '-o', out, '--with-progress'], { home, env: now })).code).toBe(0);
    const env = { ...now, MLOPS_STUDY_CURRICULUM: out };
    // The learner ticks one item by hand.
    expect((await run(['check', 'write-a-dockerfile-for-a-flask-app'], { home, env })).code).toBe(0);

    // The guide is edited: hello-world unticked, the Dockerfile item unticked too, the install item reworded.
    writeFileSync(guide, guideV1.replace('- [x] Run the hello', '- [ ] Run the hello').replace('Install Docker Engine on your laptop', 'Install Docker Engine on your own laptop'));
    const again = await run(['import', guide, '-o', out, '--with-progress', '--force'], { home, env: { ...now, COLUMNS: '200' } });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('1 tick from an earlier import was undone');
    expect(again.stdout).toContain('1 item you ticked yourself (check or verify) stays done');
    expect(again.stdout).toContain('"Install Docker Engine on your laptop" → "Install Docker Engine on your own laptop"');

    const items = readProgressFile(home).courses['docker-study'].items;
    expect(items['run-the-hello-world-container']?.doneAt).toBeUndefined();
    expect(items['write-a-dockerfile-for-a-flask-app']?.doneAt).toBeDefined();
    // The edited item: its progress moved to the new ID, the old ID is an alias in the week file.
    expect(items['install-docker-engine-on-your-own-laptop']?.doneAt).toBeDefined();
    expect(readFileSync(join(out, 'weeks', '01.yaml'), 'utf8')).toMatch(/aliases:\n\s+- install-docker-engine-on-your-laptop/);
    const next = JSON.parse((await run(['next', '--json'], { home, env })).stdout);
    expect(next.items.map((i: { done: boolean }) => i.done)).toEqual([true, false, true]);
  });

  it('keeps files import did not write (hand-added questions), validates with them, and refuses to break them', async () => {
    const work = tempDir();
    const guide = join(work, 'guide.md');
    const withNotes = guideV1.replace('## Week 1: Basics\n', '## Week 1: Basics\n\nContainers are processes on the host.\n');
    writeFileSync(guide, withNotes);
    const out = join(work, 'course');
    expect((await run(['import', guide, '-o', out], { env: now })).code).toBe(0);
    const question = join(out, 'questions', 'mine.yaml');
    mkdirSync(dirname(question), { recursive: true });
    writeFileSync(question, 'questions:\n  - id: q-mine\n    topic: basics\n    type: truefalse\n    prompt: Containers share the host kernel.\n    answer: true\n    explanation: They are processes on the host.\n');
    let r = await run(['import', guide, '-o', out, '--force'], { env: now });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('1 file of your own kept: questions/mine.yaml');
    expect(existsSync(question)).toBe(true);
    expect(JSON.parse((await run(['validate', out, '--json'])).stdout)).toMatchObject({ ok: true, counts: { questions: 1 } });

    // The guide without that text has no topic "basics": the question would break, so nothing changes.
    const before = readFileSync(join(out, 'weeks', '01.yaml'), 'utf8');
    writeFileSync(guide, guideV1);
    r = await run(['import', guide, '-o', out, '--force'], { env: now });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('does not fit the files you added');
    expect(r.stderr).toContain('questions/mine.yaml');
    expect(r.stderr).toContain('unknown topic "basics"');
    expect(readFileSync(join(out, 'weeks', '01.yaml'), 'utf8')).toBe(before);
    expect(readdirSync(work).filter((n) => n.includes('.import-'))).toEqual([]);
  });

  it('refuses a non-empty folder that is not a curriculum, and a curriculum import did not write, even with --force', async () => {
    const work = tempDir();
    const guide = join(shapes, 'day-plan.md');
    const notes = join(work, 'notes');
    mkdirSync(notes);
    writeFileSync(join(notes, 'todo.txt'), 'mine');
    let r = await run(['import', guide, '-o', notes, '--force'], { env: now });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('holds no curriculum');
    expect(readdirSync(notes)).toEqual(['todo.txt']);
    const made = join(work, 'made');
    await run(['new', made]);
    r = await run(['import', guide, '-o', made, '--force'], { env: now });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('import did not write');
    expect((await run(['validate', made])).code).toBe(0);
  });
});

describe('import --dry-run and the report', () => {
  it('prints the units and where each section went, and writes nothing', async () => {
    const work = tempDir();
    const r = await run(['import', join(shapes, 'outside-weeks.md'), '--dry-run'], { env: now, cwd: work });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('2 weeks, 4 appendix units, 6 topics, 4 checklist items, 3 resources');
    expect(r.stdout).toContain('\nUnits\n');
    expect(r.stdout).toMatch(/ 1 +Week 1: SQL refresher +1 topic · 1 item/);
    expect(r.stdout).toContain('line 35 "References" → course resources');
    expect(r.stdout).toContain('7 files would be written.');
    expect(readdirSync(work)).toEqual([]);
  });

  it('groups look-alikes and taken checkboxes with correct plurals, in English and Korean', async () => {
    const work = tempDir();
    const wide = { ...now, COLUMNS: '200' };
    const en = await run(['import', join(shapes, 'emoji-checkboxes.md'), '--dry-run'], { env: wide, cwd: work });
    expect(en.stdout).toContain('1 look-alike checkbox kept as text, not items: "[WIP] Try cold showers" (line 8)');
    expect(en.stdout).toContain('1 list item marked [✔️] taken as checklist item (line 5)');
    const ko = await run(['import', join(shapes, 'progress-table.md'), '--dry-run', '--lang', 'ko'], { env: wide, cwd: work });
    expect(ko.stdout).toContain('[✅] 표시가 된 표 칸 2개를 체크리스트 항목으로 가져옴 (7–8행)');
    expect(ko.stdout).toContain('2주');
  });

  it('rejects a --weeks-from it does not know, and follows one it does', async () => {
    const bad = await run(['import', join(shapes, 'own-numbering.md'), '--weeks-from', 'h7', '--dry-run'], { env: now });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--weeks-from must be h1–h6, table, list or sections');
    const parts = await run(['import', join(shapes, 'own-numbering.md'), '--weeks-from', 'h2', '--dry-run'], { env: now });
    expect(parts.stdout).toContain('2 weeks');
    expect(parts.stdout).toMatch(/PART 1: Foundations/);
  });
});

describe('import of odd files', () => {
  it('reads UTF-16 with a byte-order mark and names UTF-16 without one, EUC-KR, a directory and a FIFO', async () => {
    const work = tempDir();
    const ok = await run(['import', join(shapes, 'utf16-bom.md'), '-o', join(work, 'u16')], { env: now });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('UTF-16LE');
    expect(JSON.parse((await run(['validate', join(work, 'u16'), '--json'])).stdout)).toMatchObject({ ok: true, counts: { weeks: 1, items: 2 } });
    for (const [name, message] of [
      ['utf16-nobom.md', 'looks like UTF-16 text without a byte-order mark'],
      ['euc-kr.md', 'is EUC-KR (CP949) text, not UTF-8'],
    ]) {
      const r = await run(['import', join(shapes, name!), '-o', join(work, 'x')], { env: now });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    const dir = await run(['import', work], { env: now });
    expect(dir.code).toBe(2);
    expect(dir.stderr).toContain('is a directory');
    expect(existsSync(join(work, 'x'))).toBe(false);
  });
});

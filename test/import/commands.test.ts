/** import and new through the built binary, then next and check on the result. */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, readProgressFile, run, tempDir } from '../helpers/cli.js';

const now = { MLOPS_STUDY_NOW: '2026-12-01T10:00:00+09:00' };
const guide = join(FIXTURES, 'guides', 'week-headings.md');

function snapshotDir(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix = '') => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      if (name.isDirectory()) walk(join(d, name.name), `${prefix}${name.name}/`);
      else out[`${prefix}${name.name}`] = readFileSync(join(d, name.name), 'utf8');
    }
  };
  walk(dir);
  return out;
}

describe('import', () => {
  it('imports, and next and check work on the result, with progress from [x]', async () => {
    const home = tempDir();
    const out = join(tempDir(), 'k8s');
    const r = await run(['import', guide, '-o', out, '--with-progress'], { home, env: now });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('4 weeks, 1 appendix unit, 4 topics, 9 checklist items, 3 resources');
    expect(r.stdout).toContain('2 items checked in the guide were saved as done');
    const env = { ...now, MLOPS_STUDY_CURRICULUM: out };
    const next = JSON.parse((await run(['next', '--json'], { home, env })).stdout);
    expect(next).toMatchObject({ label: 'Week 1', title: 'Containers' });
    expect(next.items.filter((i: { done: boolean }) => i.done).map((i: { id: string }) => i.id)).toEqual(['install-docker-desktop', 'run-a-container-with-a-volume']);
    const check = await run(['check', 'push-it-to-a-registry'], { home, env });
    expect(check.code).toBe(0);
    expect(Object.keys(readProgressFile(home).courses['kubernetes-study-plan'].items)).toHaveLength(3);
    expect((await run(['validate', out], { home })).code).toBe(0);
  });

  it('gives byte-identical files on a second import with --force, and refuses without it', async () => {
    const out = join(tempDir(), 'k8s');
    await run(['import', guide, '-o', out], { env: now });
    const first = snapshotDir(out);
    const again = await run(['import', guide, '-o', out], { env: now });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already holds a curriculum imported earlier');
    writeFileSync(join(out, 'NOTES.md'), 'my own file');
    expect((await run(['import', guide, '-o', out, '--force'], { env: now })).code).toBe(0);
    const second = snapshotDir(out);
    expect(second['NOTES.md']).toBe('my own file');
    delete second['NOTES.md'];
    expect(second).toEqual(first);
  });

  it.each([
    ['empty.md', /nothing to import: .*empty\.md is empty/],
    ['binary.md', /is not a text file/],
  ])('refuses %s with a clear message', async (name, message) => {
    const r = await run(['import', join(FIXTURES, 'guides', name), '-o', join(tempDir(), 'x')], { env: now });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('imports the seed guide into a curriculum that validates', async () => {
    const out = join(tempDir(), 'guide');
    const r = await run(['import', join(FIXTURES, 'guide', 'mlops-study-guide.md'), '-o', out, '--lang', 'ko'], { env: now });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('5주, 부록 6개');
    const json = JSON.parse((await run(['validate', out, '--json'])).stdout);
    expect(json).toMatchObject({ ok: true, counts: { weeks: 5, items: 26, resources: 5 } });
  });
});

describe('new', () => {
  it('scaffolds a commented curriculum that validate accepts and next shows', async () => {
    const dir = join(tempDir(), 'my-course');
    const r = await run(['new', dir]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'course.yaml'), 'utf8')).toContain('# The course file.');
    const json = JSON.parse((await run(['validate', dir, '--json'])).stdout);
    expect(json).toMatchObject({ ok: true, counts: { weeks: 1, topics: 1, items: 1, questions: 1, resources: 1 } });
    const next = await run(['next', '--curriculum', dir], { env: now });
    expect(next.stdout).toContain('Getting started');
    expect(existsSync(join(dir, 'questions', '01-getting-started.yaml'))).toBe(true);
  });

  it('never writes into a directory that has files', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'keep.txt'), 'x');
    const r = await run(['new', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not empty');
  });
});

/**
 * Issue 13, case 6: `export -o` (and every file written on request, through
 * src/util/output-file.ts). Before, `export -o <progress file> --force`
 * replaced the progress with a snapshot (exit 0), and a dangling symlink as
 * -o created its target. Now such paths are refused with a message that says
 * why and what to do, and what is written is written atomically.
 */
import { existsSync, linkSync, mkdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, run, tempDir } from '../helpers/cli.js';

const env = { MLOPS_STUDY_NOW: '2026-12-01T10:00:00+09:00', MLOPS_STUDY_CURRICULUM: join(FIXTURES, 'curricula', 'minimal') };

async function learner() {
  const home = tempDir();
  await run(['init', '--name', 'Jimin', '--yes'], { home, env }); // export writes the name into the snapshot
  await run(['check', 'first-item', '--note', 'keep me', '--evidence', 'git:abc123'], { home, env });
  const progress = readFileSync(join(home, 'config.json'));
  return { home, progress, cwd: tempDir('export-cwd-') };
}

describe('export -o', () => {
  it.each([
    ['the progress file', (home: string) => join(home, 'config.json')],
    ['the review log', (home: string) => join(home, 'reviews.jsonl')],
    ['the progress lock', (home: string) => join(home, 'config.json.lock')],
    ['a backup beside the progress file', (home: string) => join(home, 'config.json.v1.bak')],
  ])('never writes %s, even with --force', async (_, target) => {
    const { home, progress, cwd } = await learner();
    writeFileSync(join(home, 'reviews.jsonl'), '');
    const r = await run(['export', '-o', target(home), '--force'], { home, env, cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is your progress data (or a file mlops-study keeps beside it); an export never writes there, even with --force');
    expect(readFileSync(join(home, 'config.json'))).toEqual(progress);
    expect(readFileSync(join(home, 'reviews.jsonl'), 'utf8')).toBe('');
  });

  it.each([
    ['the reads log', 'reads.jsonl'],
    ['a fold\'s moved reads log', 'reads.jsonl.folding-1-2'],
  ])('never writes %s (topics read, not folded yet), even with --force', async (_, name) => {
    const { home, cwd } = await learner();
    const mark = `${JSON.stringify({ course: 'minimal', topic: 'first-topic', at: '2026-12-01T01:00:00.000Z' })}\n`;
    writeFileSync(join(home, name), mark);
    const r = await run(['export', '--format', 'anki', '-o', join(home, name), '--force'], { home, env, cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('an export never writes there, even with --force');
    expect(readFileSync(join(home, name), 'utf8')).toBe(mark);
  });

  it('never writes the progress file through a hard link or a symlinked directory', async () => {
    const { home, progress, cwd } = await learner();
    linkSync(join(home, 'config.json'), join(cwd, 'hard.json'));
    symlinkSync(home, join(cwd, 'home-link'));
    for (const target of ['hard.json', join('home-link', 'config.json')]) {
      const r = await run(['export', '-o', target, '--force'], { home, env, cwd });
      expect(r.code, target).toBe(2);
      expect(r.stderr).toContain('an export never writes there');
    }
    expect(readFileSync(join(home, 'config.json'))).toEqual(progress);
  });

  it('a dangling symlink is refused and its target is not created', async () => {
    const { home, cwd } = await learner();
    const target = join(cwd, 'elsewhere', 'created.json');
    mkdirSync(join(cwd, 'elsewhere'));
    symlinkSync(target, join(cwd, 'out.json'));
    const r = await run(['export', '-o', 'out.json', '--force'], { home, env, cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`out.json is a symbolic link to ${target}, which does not exist; mlops-study does not write through links`);
    expect(existsSync(target)).toBe(false);
    expect(readlinkSync(join(cwd, 'out.json'))).toBe(target);
  });

  it('a symlink to an existing file is refused and the file is unchanged', async () => {
    const { home, cwd } = await learner();
    writeFileSync(join(cwd, 'real.md'), 'mine');
    symlinkSync(join(cwd, 'real.md'), join(cwd, 'link.md'));
    const r = await run(['export', '--format', 'md', '-o', 'link.md', '--force'], { home, env, cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('hint: Give the path of the file itself, or remove the link.');
    expect(readFileSync(join(cwd, 'real.md'), 'utf8')).toBe('mine');
  });

  it('explains a directory, a missing parent directory and an existing file', async () => {
    const { home, cwd } = await learner();
    mkdirSync(join(cwd, 'notes'));
    const dir = await run(['export', '-o', 'notes'], { home, env, cwd });
    expect(dir.code).toBe(2);
    expect(dir.stderr).toContain(`${join(cwd, 'notes')} is a directory`);
    expect(dir.stderr).toContain(`hint: Give a file name inside it, for example: -o ${join('notes', 'progress.md')}`);
    const parent = await run(['export', '-o', join('missing', 'out.json')], { home, env, cwd });
    expect(parent.code).toBe(2);
    expect(parent.stderr).toContain(`the directory ${join(cwd, 'missing')} does not exist`);
    expect(parent.stderr).toContain(`mkdir -p '${join(cwd, 'missing')}'`);
    writeFileSync(join(cwd, 'afile'), 'x');
    const notDir = await run(['export', '-o', join('afile', 'out.json')], { home, env, cwd });
    expect(notDir.code).toBe(2);
    expect(notDir.stderr).toContain(`${join(cwd, 'afile')} is not a directory`);
    writeFileSync(join(cwd, 'old.json'), 'old');
    const exists = await run(['export', '-o', 'old.json'], { home, env, cwd });
    expect(exists.code).toBe(2);
    expect(exists.stderr).toContain('already exists');
    expect(exists.stderr).toContain('Pass --force to write over it.');
    expect(readFileSync(join(cwd, 'old.json'), 'utf8')).toBe('old');
  });

  it('writes a new file, and replaces an existing one with --force, whole', async () => {
    const { home, cwd } = await learner();
    const r = await run(['export', '-o', 'snapshot.json'], { home, env, cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, 'snapshot.json'), 'utf8')).weeks[0].items[0]).toMatchObject({ id: 'first-item', note: 'keep me' });
    writeFileSync(join(cwd, 'agenda.md'), 'old agenda');
    expect((await run(['export', '--format', 'md', '-o', 'agenda.md', '--force'], { home, env, cwd })).code).toBe(0);
    expect(readFileSync(join(cwd, 'agenda.md'), 'utf8')).toContain('- [x] First item `first-item`');
    expect(readFileSync(join(cwd, 'agenda.md'), 'utf8').length).toBeGreaterThan(0);
  });

  it('in Korean too', async () => {
    const { home, cwd } = await learner();
    const r = await run(['export', '--lang', 'ko', '-o', join(home, 'config.json'), '--force'], { home, env, cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--force를 붙여도 내보내기는 여기에 쓰지 않습니다');
  });
});

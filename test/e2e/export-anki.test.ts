/** `export --format anki` through the built binary, with the built-in question bank. */
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/curriculum/loader.js';
import { pick } from '../../src/i18n/lang.js';
import { parseInline, type Inline } from '../../src/ui/inline.js';
import { ROOT, run, tempDir } from '../helpers/cli.js';
import { header, htmlAttributes, htmlTags, htmlToText, parseAnkiText } from '../helpers/anki.js';

const NOW = { MLOPS_STUDY_NOW: '2026-12-08T10:00:00+09:00' };
const curriculum = loadCurriculum(join(ROOT, 'curriculum'));
const TAGS = new Set(['b', 'i', 'code', 'br', 'div', 'small', 'a']);
/** What a reader sees of inline markdown. */
const plain = (text: string): string => parseInline(text).map((n: Inline): string => (n.kind === 'text' || n.kind === 'code' ? n.text : n.kind === 'link' ? n.label.map((l) => plain(l.kind === 'text' ? l.text : '')).join('') : n.children.map((c) => (c.kind === 'text' || c.kind === 'code' ? c.text : '')).join(''))).join('');

async function ankiExport(args: string[], home = tempDir()) {
  const file = join(tempDir(), 'mlops.anki.txt');
  const r = await run(['export', '--format', 'anki', '-o', file, ...args], { home, env: NOW });
  return { r, file, text: existsSync(file) ? readFileSync(file, 'utf8') : '' };
}

describe('export --format anki', () => {
  it('writes every question of the built-in course as a note Anki imports, and says how to import it', async () => {
    const { r, text } = await ankiExport([]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`${curriculum.questions.length} questions as Anki notes in the deck "MLOps Study Guide"`);
    expect(r.stdout).toContain('File → Import');
    const file = parseAnkiText(text);
    expect(header(file, 'separator')).toEqual(['tab']);
    expect(header(file, 'html')).toEqual(['true']);
    expect(file.records).toHaveLength(curriculum.questions.length);
    expect(file.recordLines.every((n) => n === 1)).toBe(true);
    const byGuid = new Map(file.records.map((rec) => [rec[4]!, rec]));
    for (const q of curriculum.questions) {
      const rec = byGuid.get(`mlops-study:${q.id}:en`);
      expect(rec, q.id).toBeDefined();
      const [front, back, tags, deck] = rec!;
      expect(tags).toBe(`mlops-study week-${q.week} ${q.topic}`);
      expect(deck).toBe('MLOps Study Guide');
      // The prompt and the explanation, as a reader sees them, are on their sides.
      expect(htmlToText(front!).startsWith(plain(pick(q.prompt, 'en')).replace(/\t/g, ' ')), q.id).toBe(true);
      expect(htmlToText(back!), q.id).toContain(plain(pick(q.explanation, 'en')));
      for (const field of [front!, back!]) {
        expect(htmlTags(field).filter((t) => !TAGS.has(t)), q.id).toEqual([]);
        expect(htmlAttributes(field).filter((a) => a !== 'style' && a !== 'href'), q.id).toEqual([]);
      }
      if (q.type === 'single' || q.type === 'multiple') for (const c of q.choices) expect(htmlToText(front!)).toContain(plain(pick(c.text, 'en')));
    }
  });

  it('is byte for byte the same on another day and for another learner (nothing of the learner is in it)', async () => {
    const a = await ankiExport([]);
    const home = tempDir();
    await run(['init', '--name', '지민', '--start', '2026-11-01', '--yes'], { home, env: NOW });
    await run(['check', 'mlops-concepts-need'], { home, env: NOW });
    const file = join(tempDir(), 'again.anki.txt');
    expect((await run(['export', '-o', file], { home, env: { MLOPS_STUDY_NOW: '2027-03-01T10:00:00+09:00' } })).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(a.text);
  });

  it('speaks Korean with --lang ko, and takes one week with --week', async () => {
    const { r, text } = await ankiExport(['--lang', 'ko', '--week', '2']);
    expect(r.code, r.stderr).toBe(0);
    const week2 = curriculum.questions.filter((q) => q.week === 2);
    expect(r.stdout).toContain(`퀴즈 문제 ${week2.length}개를 Anki 노트로 썼습니다 (덱 "MLOps 스터디 가이드")`);
    const file = parseAnkiText(text);
    expect(file.records.map((rec) => rec[4])).toEqual(week2.map((q) => `mlops-study:${q.id}:ko`));
    expect(file.records.every((rec) => rec[2]!.includes(' week-2 ') && rec[3] === 'MLOps 스터디 가이드')).toBe(true);
    expect(htmlToText(file.records[0]![0]!)).toContain(plain(pick(week2[0]!.prompt, 'ko')));
  });

  it('prints the same file to stdout without -o, and takes the format from a .anki.txt name', async () => {
    const home = tempDir();
    const printed = await run(['export', '--format', 'anki'], { home, env: NOW });
    const { text } = await ankiExport([], home);
    expect(printed.stdout).toBe(text);
    const named = join(tempDir(), 'Deck.Anki.txt');
    expect((await run(['export', '-o', named], { home, env: NOW })).code).toBe(0);
    expect(readFileSync(named, 'utf8')).toBe(text);
  });

  it('keeps a bare .txt a snapshot: that name does not say Anki', async () => {
    const home = tempDir();
    await run(['init', '--name', 'Alex', '--start', '2026-12-01', '--yes'], { home, env: NOW });
    const file = join(tempDir(), 'notes.txt');
    expect((await run(['export', '-o', file], { home, env: NOW })).code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).member.name).toBe('Alex');
  });

  it('writes through the safe output file: an existing file needs --force, a symlink or the progress file never', async () => {
    const home = tempDir();
    const dir = tempDir();
    const file = join(dir, 'deck.anki.txt');
    writeFileSync(file, 'mine');
    const again = await run(['export', '-o', file], { home, env: NOW });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(file, 'utf8')).toBe('mine');
    expect((await run(['export', '-o', file, '--force'], { home, env: NOW })).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^#separator:tab\n/);
    symlinkSync(join(dir, 'elsewhere.txt'), join(dir, 'link.anki.txt'));
    expect((await run(['export', '-o', join(dir, 'link.anki.txt'), '--force'], { home, env: NOW })).code).toBe(2);
    expect(existsSync(join(dir, 'elsewhere.txt'))).toBe(false);
    await run(['init', '--name', 'A', '--start', '2026-12-01', '--yes'], { home, env: NOW });
    const progress = readFileSync(join(home, 'config.json'), 'utf8');
    expect((await run(['export', '--format', 'anki', '-o', join(home, 'config.json'), '--force'], { home, env: NOW })).code).toBe(2);
    expect(readFileSync(join(home, 'config.json'), 'utf8')).toBe(progress);
  });

  it('says what is wrong with --week and --format, exit 2, writing nothing', async () => {
    const dir = tempDir();
    const json = await run(['export', '--week', '2', '-o', join(dir, 'x.json')], { env: NOW });
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('--week picks the quiz questions of one week, so it goes with --format anki');
    const week = await run(['export', '--format', 'anki', '--week', '9', '-o', join(dir, 'x.anki.txt')], { env: NOW });
    expect(week.code).toBe(2);
    expect(week.stderr).toContain('--week must be a week number from 1 to 6');
    const format = await run(['export', '--format', 'apkg'], { env: NOW });
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format must be json, md or anki, got "apkg"');
    expect(existsSync(join(dir, 'x.json')) || existsSync(join(dir, 'x.anki.txt'))).toBe(false);
  });
});

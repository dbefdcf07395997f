/** The Anki writer (questions → text), checked line by line against Anki's documented import format. */
import { describe, expect, it } from 'vitest';
import { ankiField, deckName, renderAnki, type AnkiDeck } from '../../src/commands/export/anki.js';
import type { Question } from '../../src/curriculum/types.js';
import { messages } from '../../src/i18n/messages.js';
import { HEADER_KEYS, SEPARATORS, header, htmlAttributes, htmlTags, htmlToText, parseAnkiText } from '../helpers/anki.js';

const both = (en: string, ko = en) => ({ en, ko });
const base = { week: 1, topic: 'basics', explanation: both('Because.', '그래서입니다.'), aliases: [] };
const choices = (...texts: string[]) => texts.map((t, i) => ({ id: 'abcdef'[i]!, text: both(t) }));

const QUESTIONS: Question[] = [
  { ...base, id: 'q-single', type: 'single', prompt: both('Which `tool` **versions** data?', '데이터를 버전 관리하는 도구는?'), choices: choices('Git', 'DVC', 'Make'), answer: 'b', source: 'https://dvc.org/doc' },
  { ...base, id: 'q-multi', type: 'multiple', prompt: both('Which are files?'), choices: choices('dvc.yaml', 'a cat', 'dvc.lock'), answer: ['a', 'c'] },
  { ...base, id: 'q-multi-said', type: 'multiple', prompt: both('Pick them. Select all that apply.'), choices: choices('x', 'y'), answer: ['a'] },
  { ...base, id: 'q-tf', type: 'truefalse', prompt: both('DVC stores data in Git.', 'DVC는 데이터를 Git에 저장합니다.'), answer: false },
  { ...base, id: 'q-short', type: 'short', prompt: both('The command that tracks a file?'), accept: ['dvc add', 'dvc add data'], exact: true },
  { ...base, week: 2, topic: 'pipes', id: 'q-order', type: 'order', prompt: both('Order them.'), choices: choices('first', 'second', 'third', 'fourth'), answer: ['a', 'b', 'c', 'd'] },
  {
    ...base,
    week: 2,
    topic: 'pipes',
    id: 'q-match',
    type: 'match',
    prompt: both('Match.'),
    left: [{ id: 'l1', text: both('dvc.yaml') }, { id: 'l2', text: both('dvc.lock') }, { id: 'l3', text: both('params.yaml') }],
    right: [{ id: 'r1', text: both('stages') }, { id: 'r2', text: both('hashes') }, { id: 'r3', text: both('values') }, { id: 'r4', text: both('secrets') }],
    answer: { l1: 'r1', l2: 'r2', l3: 'r3' },
  },
];

const deck = (lang: 'en' | 'ko' = 'en', extra: Partial<AnkiDeck> = {}): AnkiDeck => ({
  curriculumId: 'tiny-course',
  title: lang === 'ko' ? '작은 과정' : 'Tiny course',
  lang,
  m: messages(lang),
  topics: new Map([['basics', 'Basics'], ['pipes', 'Pipelines']]),
  showCommand: (id) => `mlops-study show ${id}`,
  ...extra,
});

function notes(questions: Question[] = QUESTIONS, d = deck()) {
  const text = renderAnki(questions, d);
  const file = parseAnkiText(text);
  const byGuid = new Map(file.records.map((r) => [r[4]!.split(':')[1]!, { front: r[0]!, back: r[1]!, tags: r[2]!, deck: r[3]!, guid: r[4]! }]));
  return { text, file, note: (id: string) => byGuid.get(id)! };
}

describe('the Anki file', () => {
  it('starts with file headers Anki documents, whose column numbers name the columns that follow', () => {
    const { text, file } = notes();
    expect(text.split('\n').slice(0, 8)).toEqual(['#separator:tab', '#html:true', '#notetype:Basic', '#notetype:기본', '#tags column:3', '#deck column:4', '#guid column:5', expect.not.stringMatching(/^#/)]);
    for (const h of file.headers) {
      expect(h.line, 'a header line is #key:value with no space before the key').toMatch(/^#[a-z ]+:\S/);
      expect(HEADER_KEYS).toContain(h.key);
    }
    expect(Object.keys(SEPARATORS)).toContain(header(file, 'separator')[0]!.toLowerCase());
    expect(header(file, 'html')).toEqual(['true']);
    const columns = ['tags column', 'deck column', 'guid column'].map((k) => Number(header(file, k)[0]));
    expect(new Set(columns).size).toBe(3);
    // Anki counts the fields of the first record; every column named in a header exists, and the
    // note's own fields (front, back) are the first two, mapped by position (no #columns header).
    for (const record of file.records) expect(record).toHaveLength(5);
    expect(Math.max(...columns)).toBeLessThanOrEqual(5);
    expect(columns).not.toContain(1);
    expect(columns).not.toContain(2);
    expect(header(file, 'columns')).toEqual([]);
  });

  it('has one note per question, one line each, with tags, deck and a stable GUID; LF endings, no BOM, a final newline', () => {
    const { text, file, note } = notes();
    expect(file.records).toHaveLength(QUESTIONS.length);
    expect(file.recordLines.every((n) => n === 1)).toBe(true);
    expect(text.split('\n')).toHaveLength(7 + QUESTIONS.length + 1);
    expect(text.endsWith('\n')).toBe(true);
    expect(text).not.toMatch(/\r|^\uFEFF/);
    expect(note('q-single').tags).toBe('tiny-course week-1 basics');
    expect(note('q-order').tags).toBe('tiny-course week-2 pipes');
    expect(new Set(file.records.map((r) => r[3]))).toEqual(new Set(['Tiny course']));
    expect(note('q-tf').guid).toBe('tiny-course:q-tf:en');
    expect(new Set(file.records.map((r) => r[4])).size).toBe(QUESTIONS.length);
    for (const r of file.records) expect(r[0]!.trim() && r[1]!.trim()).toBeTruthy();
  });

  it('is the same text every time, whatever order the questions come in within a week', () => {
    const a = renderAnki(QUESTIONS, deck());
    expect(renderAnki(QUESTIONS, deck())).toBe(a);
    const shuffledWeeks = [...QUESTIONS.filter((q) => q.week === 2), ...QUESTIONS.filter((q) => q.week === 1)];
    expect(renderAnki(shuffledWeeks, deck())).toBe(a);
  });

  it('writes each question type as the quiz asks and answers it', () => {
    const { note } = notes();
    const text = (id: string) => ({ front: htmlToText(note(id).front), back: htmlToText(note(id).back) });
    expect(text('q-single').front).toBe('Which tool versions data?\n\nA. Git\nB. DVC\nC. Make');
    expect(note('q-single').front).toContain('<code>tool</code> <b>versions</b>');
    expect(text('q-single').back).toBe('B. DVC\n\nWhy: Because.\n\nRevisit: Basics · mlops-study show basics\nSource: https://dvc.org/doc');
    expect(note('q-single').back).toContain('<a href="https://dvc.org/doc">');
    expect(text('q-multi').front).toBe('Which are files?\n\nSelect all that apply\n\nA. dvc.yaml\nB. a cat\nC. dvc.lock');
    expect(text('q-multi').back.split('\n\n')[0]).toBe('A. dvc.yaml\nC. dvc.lock');
    expect(text('q-multi-said').front).not.toContain('Select all that apply\n');
    expect(text('q-tf')).toEqual({ front: 'DVC stores data in Git.\n\nTrue or false?', back: 'False\n\nWhy: Because.\n\nRevisit: Basics · mlops-study show basics' });
    expect(text('q-short').back.split('\n\n')[0]).toBe('dvc add\nalso accepted: dvc add data');
    expect(note('q-short').back).toContain('<code>dvc add</code>');
  });

  it('shuffles an ordering question written in its answer order, and answers in the front\'s letters', () => {
    const { note } = notes();
    const front = htmlToText(note('q-order').front).split('\n').filter((l) => /^[A-D]\. /.test(l));
    const letters = new Map(front.map((l) => [l.slice(3), l[0]!]));
    expect(front.map((l) => l.slice(3))).not.toEqual(['first', 'second', 'third', 'fourth']);
    expect(front.map((l) => l.slice(3)).sort()).toEqual(['first', 'fourth', 'second', 'third']);
    const back = htmlToText(note('q-order').back).split('\n');
    expect(back[0]).toBe(['first', 'second', 'third', 'fourth'].map((t) => letters.get(t)).join(' → '));
    expect(back.slice(2, 6)).toEqual(['1. first', '2. second', '3. third', '4. fourth']);
  });

  it('lines a matching question\'s right side up differently from its answer, and answers number → letter', () => {
    const { note } = notes();
    const front = htmlToText(note('q-match').front).split('\n');
    expect(front.filter((l) => /^\d\. /.test(l))).toEqual(['1. dvc.yaml', '2. dvc.lock', '3. params.yaml']);
    const right = front.filter((l) => /^[A-D]\. /.test(l));
    expect(right).toHaveLength(4);
    const letterOf = (t: string) => right.find((l) => l.slice(3) === t)![0];
    expect(['stages', 'hashes', 'values'].map(letterOf)).not.toEqual(['A', 'B', 'C']);
    const back = htmlToText(note('q-match').back).split('\n');
    expect(back[0]).toBe(`1 → ${letterOf('stages')}, 2 → ${letterOf('hashes')}, 3 → ${letterOf('values')}`);
    expect(back.slice(2, 5)).toEqual(['dvc.yaml → stages', 'dvc.lock → hashes', 'params.yaml → values']);
  });

  it('speaks Korean with --lang ko: the texts, the hints and the deck', () => {
    const { note, file } = notes(QUESTIONS, deck('ko'));
    expect(htmlToText(note('q-tf').front)).toBe('DVC는 데이터를 Git에 저장합니다.\n\n참(O)입니까, 거짓(X)입니까?');
    expect(htmlToText(note('q-tf').back)).toMatch(/^거짓 \(X\)\n\n해설: 그래서입니다\.\n\n다시 볼 주제: Basics/);
    expect(file.records[0]![3]).toBe('작은 과정');
    expect(note('q-tf').guid).toBe('tiny-course:q-tf:ko');
  });
});

describe('text from a curriculum is data, never markup or structure', () => {
  const hostile: Question = {
    ...base,
    id: 'q-hostile',
    type: 'single',
    prompt: both('#1 <script>alert(1)</script>\tand "quotes"\nnext line \u0007 \u202e [x](javascript:alert(1)) & more'),
    choices: [{ id: 'a', text: both('<img src=x onerror=alert(1)>') }, { id: 'b', text: both('"b"') }],
    answer: 'a',
    explanation: both('Fine.'),
  };

  it('escapes HTML, quotes the field, keeps the line a note and not a comment', () => {
    const { text, file } = notes([hostile]);
    const line = text.split('\n')[7]!;
    expect(line.startsWith('"#1 &lt;script&gt;')).toBe(true);
    expect(file.records).toHaveLength(1);
    const [front, back] = file.records[0]!;
    for (const field of [front!, back!]) {
      expect(new Set(htmlTags(field))).toEqual(new Set(htmlTags(field).filter((t) => ['b', 'i', 'code', 'br', 'div', 'small', 'a'].includes(t))));
      expect(field).not.toMatch(/<(script|img)/i);
      expect(new Set(htmlAttributes(field))).toEqual(new Set(['style']));
    }
    const shown = htmlToText(front!);
    expect(shown).toContain('#1 <script>alert(1)</script> and "quotes"\nnext line \\u0007 \\u202e [x](javascript:alert(1)) & more');
    expect(shown).toContain('A. <img src=x onerror=alert(1)>');
  });

  it('quotes exactly the fields Anki needs quoted, and doubles their quotation marks', () => {
    expect(ankiField('plain text')).toBe('plain text');
    expect(ankiField('a\tb')).toBe('"a\tb"');
    expect(ankiField('say "hi"')).toBe('"say ""hi"""');
    expect(ankiField('two\nlines')).toBe('"two\nlines"');
    expect(ankiField('#not a comment', true)).toBe('"#not a comment"');
    expect(ankiField('#fine later')).toBe('#fine later');
    // Read back as Anki reads it.
    const back = parseAnkiText(['#separator:tab', [ankiField('#x', true), ankiField('a\t"b"\nc'), 'z'].join('\t'), ''].join('\n'));
    expect(back.records).toEqual([['#x', 'a\t"b"\nc', 'z']]);
  });

  it('names the deck on one line, without subdecks, never as a number', () => {
    expect(deckName('MLOps 스터디 가이드', 'x')).toBe('MLOps 스터디 가이드');
    expect(deckName('Part::One\tTwo', 'x')).toBe('Part:One Two');
    expect(deckName('2026', 'my-course')).toBe('my-course 2026');
    expect(deckName('a\u0007b', 'x')).toBe('a\\u0007b');
  });
});

/** The built-in question bank: big enough, varied, explained, sourced. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/curriculum/loader.js';
import { gradeAnswer } from '../../src/quiz/grade.js';
import { ROOT } from '../helpers/cli.js';

const curriculum = loadCurriculum(join(ROOT, 'curriculum'));
const questions = curriculum.questions;

describe('question bank', () => {
  it('has at least 10 questions a week and 60 in all', () => {
    expect(questions.length).toBeGreaterThanOrEqual(60);
    for (const week of curriculum.weeks) expect(questions.filter((q) => q.week === week.number).length, `week ${week.number}`).toBeGreaterThanOrEqual(10);
  });

  it('uses all six types, at least four of them five or more times', () => {
    const counts = new Map<string, number>();
    for (const q of questions) counts.set(q.type, (counts.get(q.type) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(['match', 'multiple', 'order', 'short', 'single', 'truefalse']);
    expect([...counts.values()].filter((n) => n >= 5).length).toBeGreaterThanOrEqual(4);
  });

  it('explains every answer in both languages, reviews an existing topic, and cites an official https page', () => {
    const topics = new Set(curriculum.weeks.flatMap((w) => w.topics.map((t) => t.id)));
    for (const q of questions) {
      expect(q.prompt.ko && q.prompt.en, q.id).toBeTruthy();
      expect(q.explanation.ko!.length, q.id).toBeGreaterThan(40);
      expect(q.explanation.en!.length, q.id).toBeGreaterThan(40);
      expect(topics.has(q.topic), q.id).toBe(true);
      if (q.source) expect(q.source, q.id).toMatch(/^https:\/\//);
    }
    expect(questions.filter((q) => q.source).length / questions.length).toBeGreaterThan(0.9);
  });

  it('grades its own answers as right', () => {
    for (const q of questions) {
      const answer = q.type === 'short' ? q.accept[0]! : q.answer;
      expect(gradeAnswer(q, answer), q.id).toBe(true);
    }
  });

  it('keeps the right choice from standing out by length', () => {
    // Across the bank the right answer is the longest choice in under half of single-choice questions.
    const single = questions.filter((q) => q.type === 'single');
    const longest = single.filter((q) => {
      const len = (id: string) => (q.choices.find((c) => c.id === id)!.text.en ?? '').length;
      return q.choices.every((c) => len(q.answer) >= len(c.id));
    });
    expect(longest.length / single.length).toBeLessThan(0.5);
  });

  it('does not lean to one side in true/false questions', () => {
    // Always answering "false" (or "true") must not pay: each side is 40–60 % of them.
    const tf = questions.filter((q) => q.type === 'truefalse');
    const share = tf.filter((q) => q.answer === true).length / tf.length;
    expect(share).toBeGreaterThanOrEqual(0.4);
    expect(share).toBeLessThanOrEqual(0.6);
  });

  it('cites an official page for every question, except the few whose fact is the study guide itself', () => {
    const unsourced = questions.filter((q) => !q.source);
    // These ask what the study guide says (its four reasons, its lifecycle): the guide is their source.
    for (const q of unsourced) expect(`${q.prompt.ko} ${q.prompt.en}`, q.id).toMatch(/스터디 가이드[\s\S]*study guide/);
    expect(unsourced.map((q) => q.id).sort()).toEqual(['q1-lifecycle-match-activity', 'q1-lifecycle-order', 'q1-mlops-reason-reproducibility']);
  });

  it('varies how many answers a multiple-select question has, so counting does not pay', () => {
    const counts = questions.filter((q) => q.type === 'multiple').map((q) => q.answer.length);
    const shares = new Map<number, number>();
    for (const n of counts) shares.set(n, (shares.get(n) ?? 0) + 1);
    expect(shares.size, JSON.stringify([...shares])).toBeGreaterThanOrEqual(3);
    expect(Math.min(...counts)).toBeLessThanOrEqual(1);
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(4);
    // No count covers more than 40 % of them.
    for (const [n, k] of shares) expect(k / counts.length, `${k} of ${counts.length} have ${n}`).toBeLessThanOrEqual(0.4);
  });

  it('asks each idea in one or two questions, not four (prompts and choices)', () => {
    const asked = (q: (typeof questions)[number]) =>
      [q.prompt.en, ...('choices' in q ? q.choices.map((c) => c.text.en) : []), ...(q.type === 'match' ? [...q.left, ...q.right].map((c) => c.text.en) : [])].join(' ');
    const ideas: [string, RegExp, number][] = [
      ['the definition of CT', /automatically retrain/i, 2],
      ['moving the champion alias', /(move|point)\w* the `?champion`? alias/i, 3],
      ['a p95 across replicas', /p95[^.]*(replicas|all three)/i, 2],
    ];
    for (const [idea, pattern, most] of ideas) {
      const ids = questions.filter((q) => pattern.test(asked(q))).map((q) => q.id);
      expect(ids.length, `${idea}: ${ids.join(', ')}`).toBeLessThanOrEqual(most);
      expect(ids.length, idea).toBeGreaterThan(0);
    }
  });

  it('asks about every tool of the guide, Kubeflow (KServe, Pipelines), Grafana and Jenkins/GitLab included', () => {
    const text = questions.map((q) => `${q.prompt.en} ${q.explanation.en}`).join(' ');
    for (const tool of curriculum.tools) {
      const names = [tool.id, tool.name.split(' ')[0]!].map((n) => n.toLowerCase().replace(/-/g, ' '));
      expect(names.some((n) => text.toLowerCase().includes(n)), tool.name).toBe(true);
    }
    for (const name of ['Kubeflow', 'Grafana', 'Jenkins', 'GitLab']) expect(questions.filter((q) => q.prompt.en!.includes(name)).length, name).toBeGreaterThanOrEqual(2);
  });

  it('asks in one register: every Korean prompt in 합쇼체 (…입니까? …합니다. …고르세요.)', () => {
    const bad = questions.flatMap((q) => registerProblems(q.prompt.ko ?? '').map((p) => `${q.id}: ${p}`));
    expect(bad).toEqual([]);
  });

  it('catches 해라체 and bare questions', () => {
    expect(registerProblems('무엇인가?')).toHaveLength(1);
    expect(registerProblems('기본값은 5000이다.')).toHaveLength(1);
    expect(registerProblems('Git에 커밋할 파일은? (한 단어)')).toHaveLength(1);
    expect(registerProblems('`a.b()`를 호출했습니다. 무엇이 기록됩니까? (한 단어)')).toEqual([]);
    expect(registerProblems('순서대로 놓으세요.')).toEqual([]);
  });
});

/** Sentences of a Korean prompt that do not end in 합쇼체 or an instruction (…세요). Code and quotes are skipped. */
function registerProblems(prompt: string): string[] {
  const text = prompt.replace(/`[^`]*`/g, '「code」').replace(/"[^"]*"/g, '「quote」').trim();
  const problems: string[] = [];
  for (const m of text.matchAll(/([^\s.?!]{1,3})([.?!])(?=\s|\)|$)/g)) {
    const [ending, stem, mark] = [m[0], m[1]!, m[2]!];
    const polite = mark === '?' ? /니까$/.test(stem) : /(니다|세요|시오)$/.test(stem);
    if (!polite) problems.push(`"…${ending}" is not 합쇼체`);
  }
  if (!/[.?!)]$/.test(text)) problems.push('the prompt does not end a sentence');
  return problems;
}

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
});

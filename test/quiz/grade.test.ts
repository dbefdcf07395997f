import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/curriculum/types.js';
import { gradeAnswer, normalizeAnswer, type Answer } from '../../src/quiz/grade.js';

const base = { id: 'q', week: 1, topic: 't', prompt: { ko: '?', en: '?' }, explanation: { ko: '.', en: '.' }, aliases: [] };
const choices = ['a', 'b', 'c', 'd'].map((id) => ({ id, text: { ko: id, en: id } }));
const q = {
  single: { ...base, type: 'single', choices, answer: 'b' },
  multiple: { ...base, type: 'multiple', choices, answer: ['a', 'c'] },
  truefalse: { ...base, type: 'truefalse', answer: false },
  short: { ...base, type: 'short', accept: ['dvc push', '히스토그램', 'histogram'] },
  order: { ...base, type: 'order', choices, answer: ['c', 'a', 'd', 'b'] },
  match: { ...base, type: 'match', left: choices.slice(0, 2), right: choices, answer: { a: 'c', b: 'd' } },
} satisfies Record<string, Question>;

describe('gradeAnswer', () => {
  it.each<[keyof typeof q, Answer, boolean]>([
    ['single', 'b', true],
    ['single', 'a', false],
    ['multiple', ['c', 'a'], true],
    ['multiple', ['a'], false],
    ['multiple', ['a', 'c', 'd'], false],
    ['multiple', ['a', 'a'], false],
    ['truefalse', false, true],
    ['truefalse', true, false],
    ['short', 'dvc push', true],
    ['short', '  DVC   Push. ', true],
    ['short', 'ｄｖｃ　ｐｕｓｈ', true],
    ['short', 'dvc-push', true],
    ['short', '히스토그램', true],
    ['short', 'Histogram!', true],
    ['short', 'dvc pull', false],
    ['short', '', false],
    ['short', '...', false],
    ['order', ['c', 'a', 'd', 'b'], true],
    ['order', ['a', 'c', 'd', 'b'], false],
    ['order', ['c', 'a', 'd'], false],
    ['match', { a: 'c', b: 'd' }, true],
    ['match', { b: 'd', a: 'c' }, true],
    ['match', { a: 'd', b: 'c' }, false],
    ['match', { a: 'c' }, false],
  ])('%s: %j → %s', (type, answer, expected) => {
    expect(gradeAnswer(q[type], answer)).toBe(expected);
  });

  it('normalises case, spaces, punctuation and full-width forms in both languages', () => {
    expect(normalizeAnswer('Ｍｌｆｌｏｗ　ＵＩ')).toBe('mlflowui');
    expect(normalizeAnswer('데이터 드리프트!')).toBe('데이터드리프트');
    expect(normalizeAnswer('mlflow.log_metric()')).toBe('mlflowlogmetric');
  });
});

describe('gradeAnswer: exact short answers (code)', () => {
  const venv = { ...base, type: 'short', exact: true, accept: ['python -m venv .venv', 'python3 -m venv .venv'] } satisfies Question;
  it.each<[string, boolean]>([
    ['python -m venv .venv', true],
    ['  Python  -m venv .venv ', true],
    ['`python3 -m venv .venv`', true],
    ['"python -m venv .venv"', true],
    ['python -m venv venv', false],
    ['python -m venv .venv2', false],
    ['pythonmvenvvenv', false],
  ])('%j is %s', (answer, right) => {
    expect(gradeAnswer(venv, answer)).toBe(right);
  });
});

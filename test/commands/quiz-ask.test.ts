/**
 * Every question type of the built-in bank through askQuestion: the fitting
 * prompt is used, and what it returns grades right (and a wrong pick wrong).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { askQuestion, DONT_KNOW } from '../../src/commands/quiz/ask.js';
import { loadCurriculum } from '../../src/curriculum/loader.js';
import type { Question } from '../../src/curriculum/types.js';
import { messages } from '../../src/i18n/messages.js';
import { gradeAnswer } from '../../src/quiz/grade.js';
import { seededRandom } from '../../src/quiz/random.js';
import type { Prompts } from '../../src/ui/prompts.js';
import { plainStyle } from '../../src/ui/style.js';
import { ROOT } from '../helpers/cli.js';

const bank = loadCurriculum(join(ROOT, 'curriculum')).questions;

/** Prompts that answer `q` right (or wrong), recording which prompt was asked. */
function answering(q: Question, right: boolean, asked: string[]): Prompts {
  let matchIndex = 0;
  const lefts = q.type === 'match' ? q.left : [];
  return {
    select: async (o) => {
      asked.push('select');
      const values = o.choices.map((c) => c.value);
      if (q.type === 'single') return (right ? q.answer : values.find((v) => v !== q.answer)) as never;
      if (q.type === 'truefalse') return (right ? q.answer : !q.answer) as never;
      if (q.type === 'match') {
        const want = q.answer[lefts[matchIndex++]!.id]!;
        return (right ? want : values.find((v) => v !== want)) as never;
      }
      throw new Error(`select for a ${q.type} question`);
    },
    checkbox: async () => {
      asked.push('checkbox');
      if (q.type !== 'multiple') throw new Error('checkbox');
      return (right ? q.answer : q.answer.slice(1)) as never;
    },
    input: async () => {
      asked.push('input');
      if (q.type !== 'short') throw new Error('input');
      // Case, spacing and full-width forms do not matter.
      return right ? ` ${q.accept[0]!.toUpperCase().replace(/[A-Z]/, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))} ` : 'definitely not it';
    },
    confirm: async () => {
      throw new Error('confirm');
    },
    menu: async () => {
      throw new Error('menu');
    },
    order: async () => {
      asked.push('order');
      if (q.type !== 'order') throw new Error('order');
      return right ? q.answer : [...q.answer].reverse();
    },
  };
}

const expected: Record<Question['type'], (q: Question) => string[]> = {
  single: () => ['select'],
  truefalse: () => ['select'],
  multiple: () => ['checkbox'],
  short: () => ['input'],
  order: () => ['order'],
  match: (q) => (q.type === 'match' ? q.left.map(() => 'select') : []),
};

describe('askQuestion', () => {
  it.each(Object.keys(expected) as Question['type'][])('%s questions: the fitting prompt, graded right and wrong', async (type) => {
    const questions = bank.filter((q) => q.type === type);
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) {
      for (const right of [true, false]) {
        const asked: string[] = [];
        const ctx = { prompts: answering(q, right, asked), lang: 'ko' as const, m: messages('ko'), style: plainStyle(true), columns: 40, rows: 24 };
        const answer = await askQuestion(ctx, q, seededRandom(7));
        expect(asked, q.id).toEqual(expected[type](q));
        if (answer === DONT_KNOW) throw new Error(`${q.id}: "don't know" was not chosen`);
        expect(gradeAnswer(q, answer), `${q.id} answered ${right ? 'right' : 'wrong'}`).toBe(right);
      }
    }
  });
});

/** Grading an answer against a question: pure, for every question type. */
import type { Question } from '../curriculum/types.js';

export type Answer = string | string[] | boolean | Record<string, string>;

/**
 * Short answers compare after NFKC (full-width → half-width), lower case, and
 * with spaces and punctuation removed: "DVC  Push", "dvc push." and "ｄｖｃ　ｐｕｓｈ"
 * are all "dvcpush".
 */
export function normalizeAnswer(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}]+/gu, '');
}

/**
 * For answers that are code (a command, a file name, an expression): the
 * punctuation counts, so `python -m venv venv` is not `python -m venv .venv`.
 * Case, runs of spaces and wrapping backticks or quotes do not.
 */
export function normalizeExact(text: string): string {
  return text
    .normalize('NFKC')
    .trim()
    .replace(/^([`'"])(.*)\1$/s, '$2')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && new Set(a).size === a.length && a.every((x) => b.includes(x));

export function gradeAnswer(question: Question, answer: Answer): boolean {
  switch (question.type) {
    case 'single':
      return answer === question.answer;
    case 'multiple':
      return Array.isArray(answer) && sameSet(answer, question.answer);
    case 'truefalse':
      return answer === question.answer;
    case 'short': {
      if (typeof answer !== 'string' || !normalizeAnswer(answer)) return false;
      const normalize = question.exact ? normalizeExact : normalizeAnswer;
      const given = normalize(answer);
      return question.accept.some((accepted) => normalize(accepted) === given);
    }
    case 'order':
      return Array.isArray(answer) && answer.length === question.answer.length && answer.every((id, i) => id === question.answer[i]);
    case 'match': {
      if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return false;
      // Own keys only: a left choice called "constructor" must be answered, not found on Object.prototype.
      const expected = Object.entries(question.answer);
      return expected.length === Object.keys(answer).length && expected.every(([left, right]) => Object.hasOwn(answer, left) && answer[left] === right);
    }
  }
}

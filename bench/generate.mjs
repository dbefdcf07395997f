/** Synthetic, valid curricula and progress files for the benchmark. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function writeCurriculum(dir, weeks) {
  mkdirSync(join(dir, 'weeks'), { recursive: true });
  mkdirSync(join(dir, 'questions'), { recursive: true });
  writeFileSync(join(dir, 'course.yaml'), `formatVersion: 1\nid: bench-${weeks}\nversion: 1.0.0\nlanguages: [ko, en]\ntitle: { ko: 벤치 과정 ${weeks}주, en: Bench course ${weeks} weeks }\n`);
  for (let w = 1; w <= weeks; w++) {
    const n = String(w).padStart(3, '0');
    const topics = [1, 2].map((t) => `  - id: w${w}-topic-${t}\n    title: { ko: ${w}주차 주제 ${t}, en: Week ${w} topic ${t} }\n    summary: { ko: 요약 ${t}, en: Summary ${t} }\n    notes:\n      ko: |\n        ### 개념\n        ${w}주차의 주제 ${t}에 대한 설명입니다. \`command --flag\`를 실행해 보세요.\n      en: |\n        ### Concept\n        Notes for week ${w}, topic ${t}. Try \`command --flag\`.\n`).join('');
    const items = Array.from({ length: 10 }, (_, i) => `  - id: w${w}-item-${i + 1}\n    topic: w${w}-topic-${(i % 2) + 1}\n    text: { ko: ${w}주차 항목 ${i + 1}, en: Week ${w} item ${i + 1} }\n`).join('');
    writeFileSync(join(dir, 'weeks', `${n}.yaml`), `week: ${w}\nid: week-${w}\ntitle: { ko: ${w}주차, en: Week ${w} }\ngoals:\n  - { ko: 목표, en: A goal }\ntopics:\n${topics}items:\n${items}`);
    const questions = Array.from({ length: 10 }, (_, i) => {
      const base = `  - id: w${w}-q${i + 1}\n    topic: w${w}-topic-${(i % 2) + 1}\n    prompt: { ko: 질문 ${i + 1}?, en: Question ${i + 1}? }\n    explanation: { ko: 설명입니다 ${i + 1}, en: Explanation ${i + 1} }\n`;
      return i % 2
        ? `${base}    type: truefalse\n    answer: true\n`
        : `${base}    type: single\n    choices:\n      - { id: a, text: { ko: 가, en: A } }\n      - { id: b, text: { ko: 나, en: B } }\n    answer: a\n`;
    }).join('');
    writeFileSync(join(dir, 'questions', `${n}.yaml`), `questions:\n${questions}`);
  }
  return dir;
}

/**
 * A progress file (schemaVersion 2) for the built-in course with `logs` answers
 * spread over its questions: cards and answer counts in the file, the answers
 * themselves in reviews.jsonl beside it, as mlops-study writes them.
 */
export function writeProgress(file, logs) {
  const lines = [];
  const cards = {};
  const answers = {};
  for (let i = 0; i < logs; i++) {
    const question = `q-bench-${i % 500}`;
    const at = new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString();
    const correct = i % 3 !== 0;
    lines.push(JSON.stringify({ course: 'mlops-study', question, at, correct, rating: correct ? 3 : 1, log: { rating: correct ? 3 : 1, state: 2, due: at, stability: 3.2, difficulty: 5.1, elapsed_days: 1, last_elapsed_days: 1, scheduled_days: 3, learning_steps: 0, review: at } }));
    cards[question] = { due: at, stability: 3.2, difficulty: 5.1, elapsed_days: 1, scheduled_days: 3, learning_steps: 0, reps: 1, lapses: 0, state: 2, last_review: at };
    const tally = (answers[question] ??= { answered: 0, correct: 0, overrides: 0, skipped: 0, lastAt: at });
    tally.answered++;
    if (correct) tally.correct++;
    tally.lastAt = at;
  }
  const items = { 'mlops-concepts-need': { doneAt: '2026-12-01T00:00:00.000Z' } };
  const course = { items, read: {}, activity: { '2026-12-01': 1 }, cards, answers, sessions: [] };
  writeFileSync(file, JSON.stringify({ schemaVersion: 2, profile: { startDate: '2026-12-01' }, courses: { 'mlops-study': course } }));
  writeFileSync(join(dirname(file), 'reviews.jsonl'), lines.length ? `${lines.join('\n')}\n` : '');
}

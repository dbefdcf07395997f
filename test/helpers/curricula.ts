/** Builds curriculum directories for tests from the minimal fixture. */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, tempDir } from './cli.js';

export function minimalCopy(): string {
  const dir = tempDir('curriculum-');
  cpSync(join(FIXTURES, 'curricula', 'minimal'), dir, { recursive: true });
  return dir;
}

/** The minimal course with `count` items in week 2 (ids item-1 … item-N). */
export function courseWithItems(count: number): { dir: string; ids: string[] } {
  const dir = minimalCopy();
  const ids = Array.from({ length: count }, (_, i) => `item-${i + 1}`);
  const items = ids.map((id, i) => `  - id: ${id}\n    text: { ko: 항목 ${i + 1}, en: Item ${i + 1} }\n`).join('');
  writeFileSync(
    join(dir, 'weeks', '02.yaml'),
    `week: 2\nid: week-two\ntitle: { ko: 둘째 주, en: Second week }\ntopics:\n  - id: advanced\n    title: { ko: 심화, en: Advanced }\n    summary: { ko: 요약, en: Summary }\n    notes: { ko: 노트, en: Notes }\nitems:\n${items}`,
  );
  return { dir, ids };
}

/** The minimal course plus a short-answer, a matching, a multiple-choice and an ordering question in week 1. */
export function courseWithEveryType(): string {
  const dir = minimalCopy();
  writeFileSync(
    join(dir, 'questions', '02.yaml'),
    `questions:
  - id: q-short
    topic: basics
    type: short
    prompt: { ko: 추적 UI를 띄우는 명령은?, en: Which command starts the tracking UI? }
    accept: ["mlflow ui", "mlflow server"]
    explanation: { ko: mlflow ui가 UI를 띄운다, en: mlflow ui starts the UI }
  - id: q-match
    topic: basics
    type: match
    prompt: { ko: 파일과 역할을 연결하세요., en: Match each file to its purpose. }
    left:
      - { id: yaml, text: { ko: dvc.yaml, en: dvc.yaml } }
      - { id: lock, text: { ko: dvc.lock, en: dvc.lock } }
    right:
      - { id: stages, text: { ko: 파이프라인 정의, en: Pipeline definition } }
      - { id: state, text: { ko: 마지막 실행 기록, en: Record of the last run } }
      - { id: secrets, text: { ko: 자격 증명, en: Credentials } }
    answer: { yaml: stages, lock: state }
    explanation: { ko: "yaml은 정의, lock은 기록", en: "yaml defines, lock records" }
  - id: q-multi
    topic: basics
    type: multiple
    prompt: { ko: 맞는 것을 모두 고르세요., en: Pick the even numbers. Select all that apply. }
    choices:
      - { id: two, text: { ko: 둘, en: Two } }
      - { id: three, text: { ko: 셋, en: Three } }
      - { id: four, text: { ko: 넷, en: Four } }
    answer: [two, four]
    explanation: { ko: 짝수, en: Two and four are even }
  - id: q-order
    topic: basics
    type: order
    prompt: { ko: 순서대로 놓으세요., en: Put them in order. }
    choices:
      - { id: one, text: { ko: 하나, en: One } }
      - { id: two, text: { ko: 둘, en: Two } }
      - { id: three, text: { ko: 셋, en: Three } }
    answer: [one, two, three]
    explanation: { ko: 하나 둘 셋, en: One two three }
`,
  );
  return dir;
}

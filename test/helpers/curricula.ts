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

/** Questions of every type for the minimal course's week 1 topic "basics". */
export const EXTRA_QUESTIONS: Record<string, string> = {
  'q-long': `  - id: q-long
    topic: basics
    type: single
    prompt:
      ko: scikit-learn으로 학습한 모델을 pickle로 저장한 뒤, 다른 버전의 scikit-learn이 설치된 서빙 환경에서 불러오면 어떻게 됩니까?
      en: You pickle a scikit-learn model and load it in a serving environment with a different scikit-learn version. What happens?
    choices:
      - { id: a, text: { ko: "InconsistentVersionWarning 경고가 나오고, 지원되지 않는 방식이라 예측이 달라질 수 있다", en: "You get an InconsistentVersionWarning; it is unsupported and predictions may differ" } }
      - { id: b, text: { ko: "estimator.get_params()가 모델을 새 버전에 맞게 자동으로 변환한다", en: "estimator.get_params() converts the model to the new version automatically" } }
    answer: a
    explanation: { ko: 버전이 다르면 경고가 나온다, en: A version mismatch warns }
`,
  'q-short': `  - id: q-short
    topic: basics
    type: short
    prompt: { ko: 추적 UI를 띄우는 명령은?, en: Which command starts the tracking UI? }
    accept: ["mlflow ui", "mlflow server"]
    explanation: { ko: mlflow ui가 UI를 띄운다, en: mlflow ui starts the UI }
`,
  'q-match': `  - id: q-match
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
`,
  'q-multi': `  - id: q-multi
    topic: basics
    type: multiple
    prompt: { ko: 짝수를 모두 고르세요., en: Pick the even numbers. Select all that apply. }
    choices:
      - { id: two, text: { ko: 둘, en: Two } }
      - { id: three, text: { ko: 셋, en: Three } }
      - { id: four, text: { ko: 넷, en: Four } }
    answer: [two, four]
    explanation: { ko: 짝수, en: Two and four are even }
`,
  'q-order': `  - id: q-order
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
};

/** The minimal course plus a short-answer, a matching, a multiple-choice and an ordering question in week 1. */
export function courseWithEveryType(): string {
  const dir = minimalCopy();
  writeFileSync(join(dir, 'questions', '02.yaml'), `questions:\n${['q-short', 'q-match', 'q-multi', 'q-order'].map((id) => EXTRA_QUESTIONS[id]).join('')}`);
  return dir;
}

/** The minimal course with only the given extra questions (none of its own two). */
export function courseWithQuestions(ids: string[]): string {
  const dir = minimalCopy();
  writeFileSync(join(dir, 'questions', '01.yaml'), `questions:\n${ids.map((id) => EXTRA_QUESTIONS[id]).join('')}`);
  return dir;
}

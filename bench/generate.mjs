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

/**
 * A learner's project repository with `count` files, committed: the usual
 * project files (a DVC pipeline, a Dockerfile, workflows, a compose stack)
 * plus a large source tree (Python modules, JSON and YAML fixtures, CSV
 * samples) that `**` globs must walk and read.
 */
export function writeProject(dir, count) {
  const files = {
    'README.md': '# Bench project\n\n## Serving\n\npython src/train.py  # accuracy: 0.97\nmlflow server --port 5000\n',
    '.gitignore': '/data/*\n!/data/.gitkeep\n.venv/\n.env\nmlruns/\nmlartifacts/\nmlflow.db\n*.pkl\n',
    'requirements.txt': 'numpy==2.1.3\nscikit-learn==1.5.2\nmlflow==3.1.0\nfastapi==0.115.0\n',
    'data/.gitkeep': '',
    'docs/lifecycle.md': 'Model Monitoring: retrain below 0.9.\n',
    'dvc.yaml': 'stages:\n  prepare:\n    cmd: python src/prepare.py\n    deps: [src/prepare.py]\n    outs: [data/p.csv]\n  split:\n    cmd: python src/split.py\n    deps: [data/p.csv]\n    params: [split.seed]\n    outs: [data/train.csv]\n    metrics: [{metrics/rows.json: {cache: false}}]\n',
    'params.yaml': 'split:\n  seed: 42\n',
    'Dockerfile': 'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY app/ app/\nUSER 10001\nCMD ["uvicorn", "app.main:app"]\n',
    '.dockerignore': '.git\n.venv\n.env\n',
    '.github/workflows/ci-cd.yml': 'on: [push, pull_request]\njobs:\n  test:\n    steps:\n      - run: pytest -q\n  build:\n    needs: test\n    steps:\n      - uses: docker/build-push-action@v6\n',
    'docker-compose.yml': 'services:\n  api: {build: .}\n  prometheus: {image: prom/prometheus}\n  grafana: {image: grafana/grafana}\n',
  };
  for (let i = 0; Object.keys(files).length < count; i++) {
    const pkg = `src/pkg${Math.floor(i / 100)}`;
    const kind = i % 10;
    if (kind < 8) files[`${pkg}/mod${i}.py`] = `"""Module ${i}."""\nimport json\n\n\ndef f${i}(x: int) -> int:\n    return x * ${i}  # keeps the tests green\n`;
    else if (kind === 8) files[`${pkg}/fixture${i}.json`] = JSON.stringify({ id: i, values: [1, 2, 3], nested: { ok: true } });
    else files[`${pkg}/config${i}.yaml`] = `name: config-${i}\nvalues: [1, 2, 3]\nnested:\n  ok: true\n`;
  }
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

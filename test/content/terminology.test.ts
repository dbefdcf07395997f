/**
 * One Korean term per concept (issue 16's decisions): every Korean text of the
 * curriculum, outside code blocks and inline code, avoids the variants the
 * group decided against.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { curriculumFiles } from '../../src/curriculum/files.js';
import { ROOT } from '../helpers/cli.js';

interface Rule {
  /** What to write instead. */
  use: string;
  /** Finds a forbidden variant in prose (code already removed). */
  never: RegExp;
}

const RULES: Rule[] = [
  { use: '주제 (a topic of study)', never: /토픽/g },
  { use: '메트릭 (the guide\'s word, for every kind of metric)', never: /지표/g },
  { use: '워크플로', never: /워크플로우/g },
  { use: '풀 리퀘스트(PR), then PR', never: /풀리퀘|풀 리퀘(?!스트)/g },
  { use: '주피터 노트북 for a notebook; for a laptop, 로컬 컴퓨터 or 내 컴퓨터', never: /(?<!주피터 )노트북/g },
  { use: '지원 중단(deprecated) at first mention, then 지원 중단', never: /(?<!지원 중단\()deprecated/gi },
  { use: '예: before an example', never: /e\.g\.|(?<![가-힣])예\)/g },
];

/** Prose only: fenced code blocks and inline code spans are removed. */
function prose(markdown: string): string {
  return markdown.replace(/^(\s*)(```|~~~)[^\n]*\n[\s\S]*?^\s*\2[^\n]*$/gm, '').replace(/`[^`\n]+`/g, '');
}

/**
 * Problems of one Korean text: forbidden variants, and 풀 리퀘스트 introduced
 * without (PR) in its first mention in running text (headings and titles are
 * labels: they need no abbreviation).
 */
function termProblems(text: string, { title = false } = {}): string[] {
  const plain = prose(text);
  const problems = RULES.flatMap((rule) => [...plain.matchAll(rule.never)].map((m) => `"${context(plain, m.index!, m[0].length)}": use ${rule.use}`));
  const body = title ? '' : plain.replace(/^\s*#{1,6}\s.*$/gm, '');
  const first = body.indexOf('풀 리퀘스트');
  if (first >= 0 && !body.startsWith('풀 리퀘스트(PR)', first)) problems.push(`"${context(body, first, 6)}": the first mention is 풀 리퀘스트(PR)`);
  return problems;
}

function context(text: string, at: number, length: number): string {
  return text.slice(Math.max(0, at - 12), at + length + 12).replace(/\s+/g, ' ');
}

/** Every Korean text of a YAML file, with its path: the `ko` side of each translated text. */
function koreanTexts(value: unknown, path = ''): { path: string; text: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => koreanTexts(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) =>
    key === 'ko' && typeof v === 'string' ? [{ path: `${path}.ko`, text: v }] : koreanTexts(v, path ? `${path}.${key}` : key),
  );
}

describe('Korean terminology', () => {
  const dir = join(ROOT, 'curriculum');
  const files = curriculumFiles(dir).map((abs) => ({ file: relative(ROOT, abs), texts: koreanTexts(parse(readFileSync(abs, 'utf8'))) }));

  it.each(files.map((f) => [f.file, f]))('%s uses the agreed terms', (_file, { texts }) => {
    expect(texts.length).toBeGreaterThan(0);
    const bad = texts.flatMap(({ path, text }) => termProblems(text, { title: /\.title\.ko$/.test(path) }).map((p) => `${path}: ${p}`));
    expect(bad).toEqual([]);
  });

  it('catches each forbidden variant, and leaves code alone', () => {
    for (const text of ['MLflow 토픽', '평가 지표', 'GitHub Actions 워크플로우', '풀리퀘스트', '풀 리퀘를 엽니다', '노트북에서 실행', 'stage는 deprecated 되었다', '예를 들어 e.g. 이것', '(예) 이것']) {
      expect(termProblems(text), text).toHaveLength(1);
    }
    expect(termProblems('PR을 열고 풀 리퀘스트를 병합')).toHaveLength(1);
    expect(termProblems('### 브랜치와 풀 리퀘스트\n풀 리퀘스트(PR)를 엽니다.')).toEqual([]);
    expect(termProblems('GitHub 문서: 풀 리퀘스트 리뷰', { title: true })).toEqual([]);
    expect(termProblems('풀 리퀘스트(PR)를 열고, PR을 병합합니다. 주피터 노트북, 지원 중단(deprecated), 예: `지표`')).toEqual([]);
    expect(termProblems('코드:\n```python\n# 토픽 지표\n```\n끝')).toEqual([]);
  });
});

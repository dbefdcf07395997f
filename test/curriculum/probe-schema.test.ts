/** verify probes in a curriculum: each mistake reported at its line, good probes assembled into plain data. */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/curriculum/loader.js';
import { indexOf } from '../../src/curriculum/types.js';
import { CurriculumError, problemMessage } from '../../src/errors.js';
import { FIXTURES, tempDir } from '../helpers/cli.js';

/** The minimal fixture with `verify` (YAML lines, indented for an item) added to its second item. */
function withProbes(lines: string): string {
  const dir = tempDir('mlops-probes-');
  cpSync(join(FIXTURES, 'curricula', 'minimal'), dir, { recursive: true });
  const file = join(dir, 'weeks', '01.yaml');
  const text = readFileSync(file, 'utf8').replace('    text: { ko: 둘째 항목, en: Second item }\n', `    text: { ko: 둘째 항목, en: Second item }\n    verify:\n${lines}`);
  writeFileSync(file, text);
  return dir;
}
const msg = '        message: { ko: 없음, en: missing }\n';

function problems(dir: string) {
  try {
    loadCurriculum(dir);
  } catch (error) {
    if (error instanceof CurriculumError) return error.problems.map((p) => `${p.line}:${p.column} ${problemMessage(p)}`);
    throw error;
  }
  return [];
}

describe('verify probes in a curriculum', () => {
  it('are assembled into plain data, kept out of the index the daily commands read', () => {
    const dir = withProbes(`      - exists: "data/*.dvc"\n        committed: true\n${msg}      - yaml: dvc.yaml\n        key: stages.*.deps\n${msg}      - any:\n          - git: branch\n          - git: merges\n${msg}        topic: basics\n`);
    const course = loadCurriculum(dir);
    expect(course.weeks[0]!.items[1]!.verify).toEqual([
      { check: { kind: 'exists', path: 'data/*.dvc', min: 1, committed: true }, message: { ko: '없음', en: 'missing' } },
      { check: { kind: 'data', format: 'yaml', path: 'dvc.yaml', key: ['stages', '*', 'deps'], ignoreCase: false }, message: { ko: '없음', en: 'missing' } },
      { check: { kind: 'any', any: [{ kind: 'git', fact: 'branch', min: 1 }, { kind: 'git', fact: 'merges', min: 1 }] }, message: { ko: '없음', en: 'missing' }, topic: 'basics' },
    ]);
    expect(JSON.stringify(indexOf(course, 'en'))).not.toContain('verify');
  });

  it.each([
    [`      - exists: ../etc/passwd\n${msg}`, /\. or \.\. segments/],
    [`      - file: src/train.py\n        matches: '(a)\\1'\n${msg}`, /backreference or lookaround/],
    [`      - file: src/train.py\n${msg}`, /exactly one of matches and notMatches/],
    [`      - yaml: dvc.yaml\n        key: stages\n        min: 2\n        equals: 3\n${msg}`, /one of equals, matches, min and missing/],
    [`      - git: ignored\n${msg}`, /needs a path/],
    [`      - git: remote\n        path: x\n${msg}`, /only goes with git: ignored/],
    [`      - dockerfile: Dockerfile\n        fact: rootless\n${msg}`, /"fact" must be one of: multi-stage, non-root-user, healthcheck, exec-form-cmd/],
    [`      - exists: a\n        colour: red\n${msg}`, /unknown field "colour"/],
    [`      - exists: a\n        message: { en: missing }\n`, /missing Korean translation/],
    ['      - exists: a\n', /expected text, got nothing/],
    [`      - nothing: here\n${msg}`, /a probe needs one of: exists, absent, file/],
    [`      - exists: a\n        absent: b\n${msg}`, /a probe has one kind; this one has exists and absent/],
    [`      - file: a\n        matches: FROM\n        ignoreCase: true\n${msg}`, /lower case/],
    [`      - any:\n          - exists: a\n          - any: [{ exists: b }, { exists: c }]\n${msg}`, /"any" cannot hold another "any"/],
    [`      - any:\n          - exists: a\n            message: { ko: x, en: x }\n          - exists: b\n${msg}`, /unknown field "message"/],
    [`      - exists: a\n        topic: nowhere\n${msg}`, /unknown topic "nowhere"/],
    [`      - exists: a\n        deliverable: 1\n${msg}`, /deliverable 1 does not exist \(this week's assignment has 0 deliverables\)/],
  ])('reports %j at its line', (lines, message) => {
    const found = problems(withProbes(lines));
    expect(found).toContainEqual(expect.stringMatching(message));
    // Every problem is located inside the probe (the item is on line 16 of the fixture).
    for (const p of found) expect(Number(p.split(':')[0])).toBeGreaterThanOrEqual(18);
  });
});

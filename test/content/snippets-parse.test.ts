/**
 * Every fenced code block of the study notes (both languages) has a language
 * tag and parses in that language, so a snippet cannot rot silently. A block
 * whose first line is `# wrong` (or `// wrong`, `<!-- wrong -->`) is a
 * deliberately broken example and is not parsed.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/curriculum/loader.js';
import { ROOT } from '../helpers/cli.js';
import {
  bash,
  dockerfileProblems,
  dotenvProblems,
  groovyProblems,
  iniProblems,
  isWorkflow,
  jsonProblems,
  promqlBlockProblems,
  promqlProblems,
  python3,
  looksLikePromql,
  exprValues,
  pythonProblems,
  shellProblems,
  tomlProblems,
  workflowProblems,
  yamlDocuments,
} from '../helpers/parsers.js';
import { describeSnippet, markdownTexts, snippets, type Snippet } from '../helpers/snippets.js';

const curriculum = loadCurriculum(join(ROOT, 'curriculum'));
const all = snippets(curriculum);
const checked = all.filter((s) => !s.wrong);

/** Tags the notes may use, by the check they get. Output and prose go in `text`. */
const ALIASES: Record<string, string> = { sh: 'bash', shell: 'bash', py: 'python', yml: 'yaml', docker: 'dockerfile', jenkinsfile: 'groovy', env: 'dotenv' };
const UNCHECKED = ['text', 'markdown', 'console', 'output'];
const CHECKS: Record<string, (code: string) => string[]> = {
  yaml: yamlProblems,
  json: (code) => {
    const problems = jsonProblems(code);
    return problems.length ? problems : exprProblems(JSON.parse(code));
  },
  toml: tomlProblems,
  dockerfile: dockerfileProblems,
  promql: promqlBlockProblems,
  groovy: groovyProblems,
  ini: iniProblems,
  dotenv: dotenvProblems,
};
const language = (s: Snippet) => ALIASES[s.tag] ?? s.tag;
const of = (lang: string) => checked.filter((s) => language(s) === lang);

/** YAML parses with our parser; a workflow also with GitHub's, and a rule file's `expr` as PromQL. */
function yamlProblems(code: string): string[] {
  const { docs, problems } = yamlDocuments(code);
  if (problems.length) return problems;
  return docs.flatMap((doc) => [
    ...(isWorkflow(doc) ? workflowProblems(code) : []),
    ...exprProblems(doc.toJS()),
  ]);
}

const exprProblems = (data: unknown) => exprValues(data).flatMap((expr) => promqlProblems(expr).map((p) => `expr ${JSON.stringify(expr)}: ${p}`));

/** One line per broken block: where it is and what the parser said. */
const report = (problems: [Snippet, string[]][]) => problems.map(([s, p]) => `${describeSnippet(s)}: ${p.join(' · ').replace(/\s*\n\s*/g, ' ')}`);

describe('code blocks in the study notes', () => {
  it(`finds the blocks (${all.length}, of which ${all.length - checked.length} marked "# wrong" are not parsed)`, () => {
    expect(all.length).toBeGreaterThan(150);
  });

  it('gives every block a language tag the tests know', () => {
    const known = new Set([...Object.keys(CHECKS), 'python', 'bash', ...UNCHECKED]);
    const bad = all.filter((s) => !known.has(language(s)));
    expect(bad.map(describeSnippet), `use one of: ${[...known].join(', ')}`).toEqual([]);
  });

  it.skipIf(!python3)(`parses every python block with python3's ast${python3 ? '' : ' (skipped: python3 not found)'}`, () => {
    const blocks = of('python');
    expect(blocks.length).toBeGreaterThan(0);
    const results = pythonProblems(blocks.map((s) => s.code));
    const bad = blocks.map((s, i) => [s, results[i] ? [results[i]!] : []] as [Snippet, string[]]).filter(([, p]) => p.length);
    expect(report(bad)).toEqual([]);
  });

  it.skipIf(!bash)(`checks every bash block with bash -n${bash ? '' : ' (skipped: bash not found)'}`, () => {
    const bad = of('bash')
      .map((s) => [s, shellProblems(s.code)] as [Snippet, string[]])
      .filter(([, p]) => p.length);
    expect(report(bad)).toEqual([]);
  });

  it.each(Object.keys(CHECKS).map((lang) => [lang, of(lang).length]))('parses every %s block (%i)', (lang) => {
    const check = CHECKS[lang]!;
    const bad = of(lang)
      .map((s) => [s, check(s.code)] as [Snippet, string[]])
      .filter(([, p]) => p.length);
    expect(report(bad)).toEqual([]);
  });

  it("checks GitHub workflows with GitHub's own parser", () => {
    const docs = of('yaml').flatMap((s) => yamlDocuments(s.code).docs);
    expect(docs.filter(isWorkflow).length).toBeGreaterThan(2);
  });

  it('parses the PromQL of inline code and key commands (and every `expr:` in YAML or JSON, above)', () => {
    const texts = [
      ...markdownTexts(curriculum).flatMap(({ file, field, text }) => (['ko', 'en'] as const).map((lang) => ({ where: `${file} (${field}, ${lang})`, text: text[lang] ?? '' }))),
      ...curriculum.weeks.flatMap((w) => w.topics.flatMap((t) => t.commands.map((c) => ({ where: `${w.file} (topic ${t.id} command)`, text: `\`${c.command}\`` })))),
    ];
    const queries = texts.flatMap(({ where, text }) => [...text.matchAll(/`([^`\n]+)`/g)].map((m) => ({ where, query: m[1]! })).filter((q) => looksLikePromql(q.query)));
    expect(queries.length).toBeGreaterThan(5);
    const bad = queries.flatMap(({ where, query }) => promqlProblems(query).map((p) => `${where}: ${query}: ${p}`));
    expect(bad).toEqual([]);
  });
});

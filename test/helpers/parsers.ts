/**
 * One syntax check per language of the study material's code blocks: each
 * returns the problems it found (empty when the code parses). Python and shell
 * go to the real interpreters (python3's ast, bash -n); the rest to parsers
 * from npm (yaml, smol-toml, dockerfile-utils, @actions/workflow-parser,
 * @prometheus-io/lezer-promql).
 */
import { spawnSync } from 'node:child_process';
import { parser as promqlParser } from '@prometheus-io/lezer-promql';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { validate as validateDockerfile } from 'dockerfile-utils';
import { parse as parseToml } from 'smol-toml';
import { isMap, isSeq, parseAllDocuments, type Document } from 'yaml';

/** python3 when it runs, else undefined (the Python check is then skipped with that reason). */
export const python3 = spawnSync('python3', ['--version'], { encoding: 'utf8' }).status === 0 ? 'python3' : undefined;
export const bash = spawnSync('bash', ['--version'], { encoding: 'utf8' }).status === 0 ? 'bash' : undefined;

const PY_CHECK = `
import ast, json, sys
out = []
for code in json.load(sys.stdin):
    try:
        ast.parse(code)
        out.append("")
    except SyntaxError as e:
        out.append(f"line {e.lineno}: {e.msg}")
print(json.dumps(out))
`;

/** Parses every piece of code with python3's ast in one process; one message per piece ("" when it parses). */
export function pythonProblems(codes: string[]): string[] {
  const result = spawnSync(python3!, ['-c', PY_CHECK], { input: JSON.stringify(codes), encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`python3 failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as string[];
}

/**
 * `bash -n`. A placeholder the learner replaces, such as `<github-id>` or
 * `<컨테이너>`, is read as a word (to bash it would be a redirection).
 */
export function shellProblems(code: string): string[] {
  const input = code.replace(/<([\p{L}][\p{L}\p{N}_.-]*)>/gu, 'PLACEHOLDER_$1');
  const result = spawnSync(bash!, ['-n'], { input, encoding: 'utf8' });
  return result.status === 0 ? [] : [result.stderr.trim().replace(/^bash: /gm, '')];
}

export function yamlDocuments(code: string): { docs: Document[]; problems: string[] } {
  const docs = parseAllDocuments(code, { uniqueKeys: true, prettyErrors: false });
  if (!Array.isArray(docs)) return { docs: [], problems: [] }; // An empty stream.
  return { docs, problems: docs.flatMap((d) => d.errors.map((e) => e.message)) };
}

/** A GitHub Actions workflow: a top-level map with `on` and `jobs`. */
export function isWorkflow(doc: Document): boolean {
  const data = doc.toJS() as Record<string, unknown> | null;
  return data !== null && typeof data === 'object' && 'jobs' in data && ('on' in data || 'true' in data);
}

export function workflowProblems(code: string): string[] {
  const result = parseWorkflow({ name: 'workflow.yml', content: code }, new NoOperationTraceWriter());
  return result.context.errors.getErrors().map((e) => e.message);
}

/**
 * PromQL inside configuration: every string under a key `expr`, as in
 * Prometheus rule files, Grafana alert-rule provisioning and dashboard targets.
 */
export function exprValues(data: unknown): string[] {
  if (Array.isArray(data)) return data.flatMap(exprValues);
  if (data === null || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([key, value]) => (key === 'expr' && typeof value === 'string' ? [value] : exprValues(value)));
}

const PROMQL_FUNCTIONS = 'rate|irate|increase|delta|idelta|deriv|histogram_quantile|sum|avg|min|max|count|topk|bottomk|quantile|abs|absent|avg_over_time|max_over_time|min_over_time|sum_over_time|count_over_time|quantile_over_time|clamp_min|clamp_max';
/** An inline code span or command that is a PromQL query: it starts with a PromQL function and selects a range or labels. */
export const looksLikePromql = (code: string) => new RegExp(`^(${PROMQL_FUNCTIONS})\\s*(by|without)?\\s*\\(`).test(code.trim()) && /[[{]/.test(code);

/** Problems of one PromQL expression ("" of none). */
export function promqlProblems(expression: string): string[] {
  const tree = promqlParser.parse(expression);
  const problems: string[] = [];
  tree.iterate({
    enter: (node) => {
      if (node.type.isError) problems.push(`syntax error at offset ${node.from}: ${JSON.stringify(expression.slice(Math.max(0, node.from - 10), node.from + 10))}`);
    },
  });
  return problems;
}

/** A PromQL block holds expressions separated by blank lines; `#` lines are comments. */
export function promqlBlockProblems(code: string): string[] {
  return code
    .split(/\n\s*\n/)
    .map((chunk) => chunk.split('\n').filter((l) => !/^\s*#/.test(l)).join('\n'))
    .filter((chunk) => chunk.trim())
    .flatMap(promqlProblems);
}

export function dockerfileProblems(code: string): string[] {
  // Severity 1 is an error; warnings (style, deprecated MAINTAINER…) do not fail.
  // The notes also show excerpts of a Dockerfile: those need no FROM.
  const excerpt = !/^\s*FROM\b/im.test(code);
  const text = (message: string | { value: string }) => (typeof message === 'string' ? message : message.value);
  return validateDockerfile(code)
    .filter((d) => d.severity === 1 && !(excerpt && /No source image provided with `FROM`/.test(text(d.message))))
    .map((d) => `line ${d.range.start.line + 1}: ${text(d.message)}`);
}

export function jsonProblems(code: string): string[] {
  try {
    JSON.parse(code);
    return [];
  } catch (error) {
    return [(error as Error).message];
  }
}

export function tomlProblems(code: string): string[] {
  try {
    parseToml(code);
    return [];
  } catch (error) {
    return [(error as Error).message.split('\n')[0]!];
  }
}

/** INI (`[section]`, `key = value`, `;`/`#` comments) as git and DVC config files use it. */
export function iniProblems(code: string): string[] {
  return code.split('\n').flatMap((line, i) =>
    /^\s*$|^\s*[;#]|^\s*\[[^\]]+\]\s*$|^\s*[\w.$-]+\s*=/.test(line) ? [] : [`line ${i + 1} is not [section], key = value or a comment: ${line}`],
  );
}

/** A .env file: KEY=value lines and comments. */
export function dotenvProblems(code: string): string[] {
  return code.split('\n').flatMap((line, i) => (/^\s*$|^\s*#|^\s*(export\s+)?[A-Za-z_][A-Za-z0-9_]*=/.test(line) ? [] : [`line ${i + 1} is not KEY=value: ${line}`]));
}

/**
 * Groovy (Jenkinsfiles) has no parser on npm that we would trust, so only its
 * brackets and quotes are checked: they must balance outside strings and comments.
 */
export function groovyProblems(code: string): string[] {
  const stack: string[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]!;
    if (code.startsWith('//', i)) i = code.indexOf('\n', i) < 0 ? code.length : code.indexOf('\n', i);
    else if (code.startsWith('/*', i)) i = code.indexOf('*/', i + 2) < 0 ? code.length : code.indexOf('*/', i + 2) + 1;
    else if (ch === "'" || ch === '"') {
      const quote = code.startsWith(ch.repeat(3), i) ? ch.repeat(3) : ch;
      let end = i + quote.length;
      while (end < code.length && !code.startsWith(quote, end)) end += code[end] === '\\' ? 2 : 1;
      if (end >= code.length) return [`unterminated string starting at offset ${i}`];
      i = end + quote.length - 1;
    } else if ('([{'.includes(ch)) stack.push(ch);
    else if (')]}'.includes(ch) && stack.pop() !== pairs[ch]) return [`unbalanced "${ch}" at offset ${i}`];
  }
  return stack.length ? [`unclosed "${stack.join('')}"`] : [];
}

/**
 * Finds English sentences in the output of a Korean run. What may stay in
 * English is taken out first: commands (as this test runs the program), code
 * in backticks, URLs, paths, flags, IDs, placeholders, quoted tool output
 * (`git: …`) and the names of tools and formats. What is left must not hold
 * a run of English words, an English function word next to another English
 * word, or one of commander's own English words.
 */
import { stripAnsi } from '../../src/ui/width.js';

/** Names that are the same in a Korean sentence: tools, formats, variables, our own name. */
export const NAMES = [
  'mlops-study', 'MLOps', 'DevOps', 'ML', 'DVC', 'MLflow', 'Docker', 'Compose', 'Git', 'git', 'GitHub', 'Actions', 'CI/CD', 'CI', 'CD',
  'Airflow', 'Great Expectations', 'GX', 'Core', 'Evidently', 'Prometheus', 'Grafana', 'FastAPI', 'Kubernetes', 'Python', 'Node', 'npm', 'npx', 'less',
  'JSON', 'YAML', 'Markdown', 'UTF-8', 'NUL', 'BOM', 'HEAD', 'FSRS', 'URL', 'ID', 'IDs', 'PR', 'PATH', 'LANG', 'LC_ALL', 'LC_MESSAGES', 'TERM', 'NO_COLOR',
  'MLOPS_STUDY_GROUP_DIR', 'MLOPS_STUDY_NOW', 'MLOPS_STUDY_HOME', 'MLOPS_STUDY_CURRICULUM', 'DEBUG', 'schemaVersion', 'pull', 'push', 'commit', 'stash',
  'clone', 'sync', 'detached', 'lifecycle', 'roadmap', 'versions', 'ko', 'en', 'json', 'md', 'Tiny', 'course', 'bash', 'zsh', 'fish', 'tmux',
  'YYYY-MM-DD', 'JavaScript',
];

/** Words that make a pair of English words a sentence (or are commander's English on their own). */
const FUNCTION_WORDS = new Set(
  'the a an is are was were be been not no to of in on at for with and or but by from this that these it its your you can cannot could must should will run see use did mean has have had found missing unknown required expected got there here which what when only one more than into'.split(' '),
);
/** Words only a sentence has: a comma-separated list holding none of them is a list of values. */
const GLUE = new Set('the a an is are was were be been not no to of in on at for with and or but by from this that these it its your you'.split(' '));
const COMMANDER = ['Usage:', 'Options:', 'Commands:', 'Arguments:', 'Examples:', 'error:', 'hint:', 'display help', 'output the version', '[options]', '[command]', 'Did you mean'];

export interface EnglishOptions {
  /** How the program is started in these runs (removed with its arguments). */
  program: string;
  /** More text that may stay as it is (file names of this run, say). */
  allow?: string[];
}

export function englishIn(output: string, options: EnglishOptions): string[] {
  const found: string[] = [];
  for (const raw of stripAnsi(output).split('\n')) {
    const commander = COMMANDER.find((w) => raw.includes(w));
    if (commander) {
      found.push(`${raw}   ← "${commander}"`);
      continue;
    }
    let line = raw;
    for (const text of options.allow ?? []) line = line.split(text).join(' ');
    const escaped = options.program.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    line = line
      // A command: the program and its arguments (IDs, flags, values, placeholders).
      .replace(new RegExp(`${escaped}(?: +(?:[\\w@%+=:,./~<>\\[\\]"'-]|\\.\\.\\.)+)*`, 'g'), ' ')
      .replace(/\b(?:git|npm|npx|pip|cd|rm|kill|cat) [^()\n]*?(?=[)(]|$|\s{2,}| [\uac00-\ud7a3])/g, ' ')
      .replace(/`[^`]*`/g, ' ')
      .replace(/https?:\/\/\S+/g, ' ')
      // Another program's own words, quoted as such: (git: …), (JavaScript: …).
      .replace(/\((?:git|JavaScript): [^)]*\)/g, ' ')
      // Data written as code: a YAML or JSON map such as { commit, at, remote }.
      .replace(/\{[^{}\n]*\}/g, ' ')
      // A path (src/train.py, docs/), a file or key name with dots (mlflow.db, on.pull_request), a commit.
      .replace(/[\w.-]+\/[\w.*/-]*/g, ' ')
      .replace(/(?:~|\.{1,2})?\/[^\s,;)]*/g, ' ')
      .replace(/\.?\b[\w-]+(?:\.[\w-]+)+\b/g, ' ')
      .replace(/\b[0-9a-f]{7,40}\b/g, ' ')
      .replace(/\S+\.(?:md|json|yaml|yml|ts|js|txt)\b/g, ' ')
      .replace(/(?:^|\s)-{1,2}[\w-]+(?:=\S+)?/g, ' ')
      .replace(/<[^>]*>|\[[^\]]*\]/g, ' ')
      .replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, ' ')
      .replace(/\b[A-Z_]{2,}=\S+/g, ' ')
      .replace(/\b\d{4}-\d\d-\d\d(?:T\S+)?/g, ' ')
      .replace(/"[^"\n]*"/g, ' ');
    // Names as whole words ("en" is a language, not the middle of "absent").
    for (const name of [...NAMES].sort((a, b) => b.length - a.length)) line = line.replace(new RegExp(`(?<![\\w-])${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\w-])`, 'g'), ' ');
    // Runs of ASCII words separated only by spaces and light punctuation.
    for (const run of line.match(/[A-Za-z][A-Za-z']*(?:[ ,:;]+[A-Za-z][A-Za-z']*)+/g) ?? []) {
      const words = run.split(/[ ,:;]+/).filter((w) => w.length > 1 || /^[aAI]$/.test(w));
      // A list of values (single, multiple, truefalse; branch, tag, remote) is data, not a sentence.
      if (/^[a-z]+(?:, [a-z]+)+$/.test(run) && !words.some((w) => GLUE.has(w))) continue;
      if (words.length >= 3 || (words.length === 2 && words.some((w) => FUNCTION_WORDS.has(w.toLowerCase())))) found.push(`${raw}   ← "${run}"`);
    }
  }
  return found;
}

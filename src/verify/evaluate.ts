/**
 * Runs probes against a project: data in, outcomes out. An outcome says
 * whether the check passed and why, as a reason code with its facts (the
 * command turns it into words in the run's language), and which project
 * files the pass rests on. Nothing here throws for anything a project
 * contains: a file that cannot be read or parsed is a failed check.
 */
import type { DataFormat, DockerfileFact, ProbeCheck } from '../curriculum/types.js';
import { entryCount, describeValue, isScalar, parseData, valuesAt } from './data.js';
import { dockerfileFacts, isRoot } from './dockerfile.js';
import type { ProjectFiles } from './files.js';
import type { GitFacts } from './git.js';
import { expandBraces, globRegExp, hasWildcard } from './glob.js';
import { compilePattern, type TextPattern } from './pattern.js';

/** Shallow paths first (src/train.py before src/pkg/a/b.py): the files probes look for are seldom deep. */
function byDepth(paths: string[]): string[] {
  return paths
    .map((path) => ({ path, depth: path.split('/').length }))
    .sort((a, b) => a.depth - b.depth || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((p) => p.path);
}

export type Reason =
  | { code: 'found'; path: string; count: number; min: number; committed?: boolean; sample: string[]; missing?: string[] }
  | { code: 'none'; path: string; committed?: boolean }
  | { code: 'present'; path: string; committed?: boolean; sample: string[]; count: number }
  | { code: 'no-file'; path: string; committed?: boolean; missing?: string[] }
  | { code: 'outside'; paths: string[] }
  | { code: 'truncated'; path: string }
  | { code: 'matched'; files: string[]; pattern: string; line?: number }
  | { code: 'forbidden'; files: string[]; pattern: string; line: number; text: string }
  | { code: 'no-match'; files: string[]; pattern: string }
  | { code: 'clean'; files: string[]; pattern: string }
  | { code: 'unreadable'; files: string[]; problem: 'outside' | 'not-file' | 'too-large' | 'unreadable' | 'missing'; size?: number }
  | { code: 'unparsable'; files: string[]; format: DataFormat | 'dockerfile'; line?: number; detail: string }
  | { code: 'key'; files: string[]; key: string; value?: string; entries?: number; expected?: string; min?: number; pattern?: string; state: 'found' | 'missing' | 'few' | 'unequal' | 'no-match' | 'absent' | 'present' }
  | { code: 'git-missing' }
  | { code: 'not-repo' }
  | { code: 'no-commits' }
  | { code: 'repository'; branch?: string }
  | { code: 'git-count'; fact: 'commits' | 'merges' | 'branch' | 'tag' | 'remote'; count: number; min: number; names: string[] }
  | { code: 'ignored'; paths: string[]; missing: string[] }
  | { code: 'dockerfile'; files: string[]; fact: DockerfileFact; stages?: number; user?: string; cmd?: 'exec' | 'shell' }
  | { code: 'any'; reasons: Reason[] };

export interface Outcome {
  ok: boolean;
  reason: Reason;
  /** Project paths the pass rests on (for the "not committed yet" note). */
  files: string[];
}

export interface ProjectView {
  files: ProjectFiles;
  git: GitFacts;
}

const fail = (reason: Reason): Outcome => ({ ok: false, reason, files: [] });
const pass = (reason: Reason, files: string[] = []): Outcome => ({ ok: true, reason, files });

export async function evaluate(project: ProjectView, check: ProbeCheck): Promise<Outcome> {
  switch (check.kind) {
    case 'exists':
    case 'absent':
      return presence(project, check);
    case 'file': {
      const pattern = compilePattern(check.matches ?? check.notMatches!, check.ignoreCase);
      const quick = allFilesAtOnce(project, check, pattern);
      if (quick) return quick;
      return eachFile(project, check.path, (file, text) => {
        const match = pattern.firstMatch(text);
        if (check.matches !== undefined) return match ? pass({ code: 'matched', files: [file], pattern: pattern.source, line: match.line }, [file]) : fail({ code: 'no-match', files: [file], pattern: pattern.source });
        return match ? fail({ code: 'forbidden', files: [file], pattern: pattern.source, line: match.line, text: match.text }) : pass({ code: 'clean', files: [file], pattern: pattern.source }, [file]);
      }, check.notMatches !== undefined);
    }
    case 'data':
      return eachFile(project, check.path, (file, text) => dataCheck(project, check, file, text), check.missing === true);
    case 'dockerfile':
      return eachFile(project, check.path, (file, text) => dockerfileCheck(check.fact, file, text));
    case 'git':
      return gitCheck(project, check);
    case 'any': {
      const reasons: Reason[] = [];
      for (const inner of check.any) {
        const outcome = await evaluate(project, inner);
        if (outcome.ok) return outcome;
        reasons.push(outcome.reason);
      }
      return fail({ code: 'any', reasons });
    }
  }
}

/** exists / absent, in the working tree or among the files of HEAD (`committed`). */
function presence(project: ProjectView, check: Extract<ProbeCheck, { kind: 'exists' | 'absent' }>): Outcome {
  const committed = check.committed;
  let paths: string[];
  if (committed === undefined) {
    const result = project.files.glob(check.path);
    if (result.truncated && check.kind === 'absent') return fail({ code: 'truncated', path: check.path });
    paths = result.matches.map((m) => m.path);
    if (!paths.length && result.outside.length) return fail({ code: 'outside', paths: result.outside });
  } else {
    const tree = project.git.committed;
    if (project.git.repository === 'missing') return fail({ code: 'git-missing' });
    if (project.git.repository !== true) return fail({ code: 'not-repo' });
    if (!tree) return fail({ code: 'no-commits' });
    const regex = globRegExp(check.path);
    const inTree = [...tree.paths].filter((p) => regex.test(p));
    if (committed) paths = inTree;
    else {
      // In the working tree but not in HEAD.
      const set = new Set(inTree);
      paths = project.files.glob(check.path).matches.map((m) => m.path).filter((p) => !set.has(p));
    }
    paths.sort();
  }
  const sample = paths.slice(0, 3);
  const flag = committed === undefined ? {} : { committed };
  if (check.kind === 'absent') return paths.length ? fail({ code: 'present', path: check.path, ...flag, sample, count: paths.length }) : pass({ code: 'none', path: check.path, ...flag });
  if (paths.length >= check.min) return pass({ code: 'found', path: check.path, count: paths.length, min: check.min, ...flag, sample }, committed ? [] : paths.slice(0, 100));
  // A list of plain paths ({README.md,src/train.py}): name the ones that are missing.
  const literal = expandBraces(check.path);
  const missing = literal.some((p) => p.split('/').some(hasWildcard)) ? [] : literal.filter((p) => !paths.includes(p));
  const named = missing.length && literal.length > 1 ? { missing } : {};
  return fail(paths.length ? { code: 'found', path: check.path, count: paths.length, min: check.min, ...flag, sample, ...named } : { code: 'no-file', path: check.path, ...flag, ...named });
}

/** The regular files a glob matches, shallow ones first (computed once per run). */
function filesOf(project: ProjectView, glob: string): string[] {
  return project.files.memo(`files\0${glob}`, () => byDepth(project.files.glob(glob).matches.filter((m) => m.type === 'file').map((m) => m.path)));
}

/**
 * The common case of a file probe over many files, in one step: every file's
 * text joined (with a line break and NUL between them), searched once. A
 * pattern that matches in no file cannot match there either (each file is a
 * run of whole lines in it, and lookbehind is not allowed), so "no file
 * matches" is settled without a search per file; when it does match, the
 * files are searched one by one to find which. Undefined: search per file.
 */
function allFilesAtOnce(project: ProjectView, check: Extract<ProbeCheck, { kind: 'file' }>, pattern: TextPattern): Outcome | undefined {
  const files = filesOf(project, check.path);
  if (files.length < 2) return undefined;
  const corpus = project.files.memo(`corpus\0${check.ignoreCase}\0${check.path}`, () => {
    const texts: string[] = [];
    for (const file of files) {
      const read = project.files.read(file);
      if (!read.ok) return undefined;
      texts.push(check.ignoreCase ? read.text.toLowerCase() : read.text);
    }
    return texts.join('\n\u0000\n');
  });
  if (corpus === undefined || pattern.testPrepared(corpus)) return undefined;
  return check.matches !== undefined ? fail({ code: 'no-match', files, pattern: pattern.source }) : pass({ code: 'clean', files, pattern: pattern.source }, files.slice(0, 100));
}

/**
 * Runs `test` on the files a glob matches, in path order. Passes when one
 * file passes, or, for a negative check (`all`), when every file passes. A
 * glob that matches no file fails.
 */
async function eachFile(project: ProjectView, glob: string, test: (file: string, text: string) => Outcome | Promise<Outcome>, all = false): Promise<Outcome> {
  const result = project.files.glob(glob);
  const files = filesOf(project, glob);
  if (!files.length) {
    const other = result.matches.filter((m) => m.type === 'other').map((m) => m.path);
    if (other.length) return fail({ code: 'unreadable', files: other, problem: 'not-file' });
    return fail(result.outside.length ? { code: 'outside', paths: result.outside } : { code: 'no-file', path: glob });
  }
  // Kept as it goes, not per file: a glob may match tens of thousands of files.
  let first: Outcome | undefined;
  const names: string[] = [];
  const relied: string[] = [];
  const kind = (r: Reason) => `${r.code}:${'state' in r ? r.state : ''}`;
  for (const file of files) {
    const read = project.files.read(file);
    let outcome = read.ok ? test(file, read.text) : fail({ code: 'unreadable', files: [file], problem: read.problem, ...(read.size ? { size: read.size } : {}) });
    if (outcome instanceof Promise) outcome = await outcome;
    if (outcome.ok !== all) return outcome;
    // Report the first outcome that says something about the content, with the files that said the same.
    const telling = (o: Outcome) => o.reason.code !== 'unreadable' && o.reason.code !== 'unparsable';
    if (!first || (!telling(first) && telling(outcome))) {
      first = outcome;
      names.length = 0;
    }
    if (kind(outcome.reason) === kind(first.reason) && 'files' in outcome.reason) names.push(...outcome.reason.files);
    if (all && relied.length < 100) relied.push(...outcome.files);
  }
  const reason = 'files' in first!.reason ? { ...first!.reason, files: names } : first!.reason;
  return { ok: all, reason: reason as Reason, files: relied };
}

function dataCheck(project: ProjectView, check: Extract<ProbeCheck, { kind: 'data' }>, file: string, text: string): Outcome | Promise<Outcome> {
  // A key that is not in the text at all is not in the file: no need to parse it (a key spelled
  // with escape sequences, "\u0070anels", is the price; nobody writes keys that way).
  const literal = check.key.filter((k) => k !== '*' && !/^\d+$/.test(k));
  if (!literal.every((k) => text.includes(k))) return judge(check, file, []);
  return valuesIn(project, check, file, text).then((values) => (Array.isArray(values) ? judge(check, file, values) : fail(values)));
}

/** A data probe's outcome from the values found at its key in one file. */
function judge(check: Extract<ProbeCheck, { kind: 'data' }>, file: string, values: unknown[]): Outcome {
  const base = { code: 'key' as const, files: [file], key: check.key.join('.') };
  if (check.missing) return values.length ? fail({ ...base, state: 'present' }) : pass({ ...base, state: 'absent' }, [file]);
  if (!values.length) return fail({ ...base, state: 'missing' });
  if (check.min !== undefined) {
    const best = Math.max(...values.map(entryCount));
    return best >= check.min ? pass({ ...base, state: 'found', entries: best, min: check.min }, [file]) : fail({ ...base, state: 'few', entries: best, min: check.min });
  }
  if (check.equals !== undefined) {
    const hit = values.find((v) => isScalar(v) && String(v) === String(check.equals));
    return hit !== undefined ? pass({ ...base, state: 'found', value: describeValue(hit) }, [file]) : fail({ ...base, state: 'unequal', value: describeValue(values[0]), expected: String(check.equals) });
  }
  if (check.matches !== undefined) {
    const pattern = compilePattern(check.matches, check.ignoreCase);
    const hit = values.find((v) => isScalar(v) && pattern.test(String(v)));
    return hit !== undefined ? pass({ ...base, state: 'found', value: describeValue(hit), pattern: check.matches }, [file]) : fail({ ...base, state: 'no-match', pattern: check.matches });
  }
  return pass({ ...base, state: 'found', value: describeValue(values[0]) }, [file]);
}

/** The values at the probe's key in a file (parsed once per run), or why the file could not be parsed. */
async function valuesIn(project: ProjectView, check: Extract<ProbeCheck, { kind: 'data' }>, file: string, text: string): Promise<unknown[] | Reason> {
  const parsed = await project.files.memo(`${check.format}\0${file}`, () => parseData(check.format, text));
  if (!parsed.ok) return { code: 'unparsable', files: [file], format: check.format, ...(parsed.line ? { line: parsed.line } : {}), detail: parsed.detail };
  return parsed.documents.flatMap((doc) => valuesAt(doc, check.key));
}

async function dockerfileCheck(fact: DockerfileFact, file: string, text: string): Promise<Outcome> {
  let facts;
  try {
    facts = await dockerfileFacts(text);
  } catch (error) {
    return fail({ code: 'unparsable', files: [file], format: 'dockerfile', detail: String((error as Error).message ?? error).slice(0, 200) });
  }
  const reason = { code: 'dockerfile' as const, files: [file], fact };
  switch (fact) {
    case 'multi-stage':
      return facts.stages >= 2 ? pass({ ...reason, stages: facts.stages }, [file]) : fail({ ...reason, stages: facts.stages });
    case 'non-root-user':
      return isRoot(facts.user) ? fail({ ...reason, ...(facts.user ? { user: facts.user } : {}) }) : pass({ ...reason, user: facts.user! }, [file]);
    case 'healthcheck':
      return facts.healthcheck ? pass(reason, [file]) : fail(reason);
    case 'exec-form-cmd':
      return facts.cmd === 'exec' ? pass({ ...reason, cmd: 'exec' }, [file]) : fail({ ...reason, ...(facts.cmd ? { cmd: facts.cmd } : {}) });
  }
}

function gitCheck(project: ProjectView, check: Extract<ProbeCheck, { kind: 'git' }>): Outcome {
  const git = project.git;
  if (git.repository === 'missing') return fail({ code: 'git-missing' });
  if (git.repository !== true) return fail({ code: 'not-repo' });
  if (check.fact === 'repository') return pass({ code: 'repository', ...(git.branch ? { branch: git.branch } : {}) });
  if (check.fact === 'ignored') {
    const paths = check.paths ?? [];
    const ignored = git.ignored(paths);
    const missing = paths.filter((p) => !ignored.has(p));
    return missing.length ? fail({ code: 'ignored', paths, missing }) : pass({ code: 'ignored', paths, missing });
  }
  if ((check.fact === 'commits' || check.fact === 'merges') && !git.head) return fail({ code: 'no-commits' });
  const filter = check.matches === undefined ? () => true : ((p) => (name: string) => p.test(name))(compilePattern(check.matches));
  const names =
    check.fact === 'branch' ? git.otherBranches.filter(filter) : check.fact === 'tag' ? git.tags.filter(filter) : check.fact === 'remote' ? git.remotes.map((r) => r.name).filter(filter) : [];
  const count = check.fact === 'commits' ? git.commits : check.fact === 'merges' ? git.merges : names.length;
  const reason: Reason = { code: 'git-count', fact: check.fact, count, min: check.min, names: names.slice(0, 5) };
  return count >= check.min ? pass(reason) : fail(reason);
}

/**
 * Reads one YAML file into plain data plus a way to locate any path in it, so
 * schema problems can be reported as file:line:col. Never throws for bad
 * content: every problem comes back located.
 */
import { statSync } from 'node:fs';
import { readRegularFile } from '../util/regular-file.js';
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, type Node } from 'yaml';
import type { CurriculumProblem } from '../errors.js';
import type { CurriculumIssue } from './issues.js';

/** Well above any real curriculum file (the built-in weeks are < 100 kB). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export interface YamlFile {
  file: string;
  data: unknown;
  problems: CurriculumProblem[];
  /** Line and column of the node at `path`, or of its closest existing ancestor. */
  locate(path: readonly PropertyKey[], key?: boolean): { line: number; column: number };
}

/**
 * `root`: the curriculum directory; a file whose real path leaves it (through
 * a symlink) is not read. Only regular files are read, at most
 * MAX_FILE_BYTES of them: a FIFO, a device, a directory or a dangling symlink
 * is a located problem found before a byte is read.
 */
export function readYamlFile(absPath: string, displayPath: string, root?: string): YamlFile {
  const problems: CurriculumProblem[] = [];
  const at = (line: number, column: number, issue: CurriculumIssue) => problems.push({ file: displayPath, line, column, issue });
  const empty: YamlFile = { file: displayPath, data: undefined, problems, locate: () => ({ line: 1, column: 1 }) };

  const read = readRegularFile(absPath, { maxBytes: MAX_FILE_BYTES, symlinks: 'follow', ...(root ? { within: root } : {}) });
  if (!read.ok) {
    const { ok: _ok, ...refusal } = read;
    at(1, 1, { code: 'unreadable', refusal });
    return empty;
  }
  const bytes = read.bytes;
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const { line, column } = firstInvalidUtf8(bytes);
    at(line, column, { code: 'not-utf8' });
    return empty;
  }
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);

  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  for (const error of [...doc.errors, ...doc.warnings]) {
    const { line, column } = position(error.pos[0]);
    at(line, column, { code: 'yaml', yaml: error.code, detail: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') });
  }
  if (doc.errors.length) return { ...empty, locate: () => ({ line: 1, column: 1 }) };

  let data: unknown;
  try {
    // Anchors and aliases are fine; an alias bomb (billions of expansions) is not.
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    const detail = (error as Error).message.split('\n')[0]!;
    at(1, 1, { code: 'yaml', yaml: /alias/i.test(detail) ? 'ALIASES' : ((error as { code?: string }).code ?? 'IMPOSSIBLE'), detail });
    return empty;
  }

  // The parsed document (its nodes and positions) is several times the size of
  // the data: it is dropped now and parsed again only when a problem needs a
  // location, so a large curriculum is held once, as data.
  let located: { doc: typeof doc; position: typeof position } | undefined;
  const reparse = () => {
    const counter = new LineCounter();
    const again = parseDocument(source, { lineCounter: counter, uniqueKeys: true });
    return { doc: again, position: (offset: number) => ({ line: counter.linePos(offset).line, column: counter.linePos(offset).col }) };
  };
  const locate = (path: readonly PropertyKey[], key = false) => {
    located ??= reparse();
    const { doc, position } = located;
    let node: unknown = doc.contents;
    let keyNode: unknown;
    for (const segment of path) {
      let next: unknown;
      keyNode = undefined;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
        if (pair) {
          next = pair.value ?? pair.key;
          keyNode = pair.key;
        }
      } else if (isSeq(node) && typeof segment === 'number') {
        next = node.items[segment];
      }
      if (!next) break;
      node = next;
    }
    const target = (key && keyNode ? keyNode : node) as Node | undefined;
    return position(target?.range?.[0] ?? 0);
  };
  return { file: displayPath, data, problems, locate };
}

/**
 * A file whose data is already known because this process just wrote it from
 * that data (import): checked for size like any other, not parsed again;
 * located by reading it when a problem needs a line.
 */
export function knownYamlFile(absPath: string, displayPath: string, data: unknown): YamlFile {
  const problems: CurriculumProblem[] = [];
  const size = statSync(absPath).size;
  if (size > MAX_FILE_BYTES) {
    problems.push({ file: displayPath, line: 1, column: 1, issue: { code: 'file-too-big', size, max: MAX_FILE_BYTES } });
    return { file: displayPath, data: undefined, problems, locate: () => ({ line: 1, column: 1 }) };
  }
  let parsed: YamlFile | undefined;
  return { file: displayPath, data, problems, locate: (path, key) => (parsed ??= readYamlFile(absPath, displayPath)).locate(path, key) };
}

function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  let lo = 0;
  let hi = bytes.length;
  // Largest prefix that decodes (allowing a cut multi-byte sequence at the end) is where it breaks.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  const before = new TextDecoder().decode(bytes.subarray(0, lo));
  const lines = before.split('\n');
  return { line: lines.length, column: [...(lines.at(-1) ?? '')].length + 1 };
}

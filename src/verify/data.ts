/**
 * Values in YAML, JSON and TOML files for `yaml:`/`json:`/`toml:` probes.
 * A key path steps into maps by key, into lists by index, and `*` steps into
 * every entry. Stepping into a list or a scalar by a name that is not an
 * index finds the entries equal to it, so `on.pull_request` is found in
 * `on: pull_request`, `on: [push, pull_request]` and `on: {pull_request: …}`
 * alike (the three ways GitHub Actions accepts triggers).
 */
export type DataFormat = 'yaml' | 'json' | 'toml';

/** Values collected per path, at most this many (wildcards over huge files). */
const MAX_VALUES = 10_000;

export type Parsed = { ok: true; documents: unknown[] } | { ok: false; line?: number; detail: string };

export async function parseData(format: DataFormat, text: string): Promise<Parsed> {
  try {
    if (format === 'json') return { ok: true, documents: [JSON.parse(text) as unknown] };
    if (format === 'toml') {
      const { parse } = await import('smol-toml');
      return { ok: true, documents: [parse(text, { maxDepth: 100 })] };
    }
    const { parseAllDocuments, LineCounter } = await import('yaml');
    const lineCounter = new LineCounter();
    const parsed = parseAllDocuments(text, { lineCounter, uniqueKeys: false });
    const docs = Array.isArray(parsed) ? parsed : [];
    for (const doc of docs) {
      const error = doc.errors[0];
      if (error) return { ok: false, line: lineCounter.linePos(error.pos[0]).line, detail: error.message.split('\n')[0]! };
    }
    // A small alias budget: a billion laughs in a learner's file stops here.
    return { ok: true, documents: docs.map((doc) => doc.toJS({ maxAliasCount: 100 }) as unknown) };
  } catch (error) {
    const line = (error as { line?: unknown }).line;
    const detail = String((error as Error).message ?? error).split('\n')[0]!.slice(0, 200);
    return { ok: false, ...(typeof line === 'number' ? { line } : {}), detail };
  }
}

const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);

/** Every value at `path` in `root`. */
export function valuesAt(root: unknown, path: readonly string[]): unknown[] {
  let current: unknown[] = [root];
  for (const segment of path) {
    const next: unknown[] = [];
    for (const value of current) {
      if (next.length >= MAX_VALUES) break;
      if (segment === '*') {
        if (Array.isArray(value)) next.push(...value.slice(0, MAX_VALUES));
        else if (isMap(value)) next.push(...Object.values(value).slice(0, MAX_VALUES));
      } else if (isMap(value)) {
        if (Object.hasOwn(value, segment)) next.push(value[segment]);
      } else if (Array.isArray(value)) {
        if (/^\d+$/.test(segment) && Number(segment) < value.length) next.push(value[Number(segment)]);
        else if (value.some((entry) => isScalar(entry) && String(entry) === segment)) next.push(null);
      } else if (isScalar(value) && String(value) === segment) next.push(null);
    }
    current = next;
  }
  return current;
}

export const isScalar = (v: unknown): v is string | number | boolean | bigint => ['string', 'number', 'boolean', 'bigint'].includes(typeof v);

/** Entries of a list or map; a scalar or null counts as none. */
export function entryCount(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  if (isMap(value)) return Object.keys(value).length;
  return 0;
}

/** A value as a short, single-line text for messages. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (isScalar(value)) return String(value).replace(/\s+/g, ' ').slice(0, 60);
  if (value instanceof Date) return value.toISOString();
  return Array.isArray(value) ? `[${value.length}]` : `{${Object.keys(value as object).length}}`;
}

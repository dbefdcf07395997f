/**
 * The `verify:` list of an item, in zod. A probe is a map whose kind is the
 * one key it has of exists, absent, file, yaml, json, toml, git, dockerfile
 * or any; the rest of the map is checked by that kind's schema, so a typo is
 * an "unknown field" at its line like everywhere else. Paths must stay in the
 * project, patterns must be safe to run on any file (src/verify/pattern.ts).
 */
import * as z from 'zod';
import type { Localized } from '../i18n/lang.js';
import { globProblem } from '../verify/glob.js';
import { patternProblem } from '../verify/pattern.js';
import { rule, type CurriculumIssue } from './issues.js';
import type { Probe, ProbeCheck } from './types.js';

const KINDS = ['exists', 'absent', 'file', 'yaml', 'json', 'toml', 'git', 'dockerfile', 'any'] as const;
type Kind = (typeof KINDS)[number];
const MAX_KEY_SEGMENTS = 20;

/** One of our rules broken, at `path` under the value being checked. */
const fail = (ctx: z.RefinementCtx, issue: CurriculumIssue, path?: PropertyKey[]) => ctx.addIssue({ code: 'custom', message: issue.code, ...(path ? { path } : {}), ...rule(issue) });

const glob = z.string().superRefine((value, ctx) => {
  const problem = globProblem(value);
  if (problem) fail(ctx, { code: 'glob', issue: problem });
});
const ignorePath = z.string().superRefine((value, ctx) => {
  const problem = globProblem(value, { directory: true }) ?? (/[*?{]/.test(value) ? { code: 'not-glob' as const } : undefined);
  if (problem) fail(ctx, { code: 'glob', issue: problem });
});
const pattern = z.string();
const count = z.number().int().min(1).max(100_000);
const keyPath = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).transform((value, ctx) => {
  const segments = Array.isArray(value) ? value : value.split('.');
  if (segments.some((s) => !s)) fail(ctx, { code: 'key-empty-segment' });
  if (segments.length > MAX_KEY_SEGMENTS) fail(ctx, { code: 'key-segments', max: MAX_KEY_SEGMENTS });
  return segments;
});

/** Reports a pattern problem at `key` (ignoreCase wants lower case). */
function checkPattern(ctx: z.RefinementCtx, key: string, source: string | undefined, ignoreCase = false): void {
  if (source === undefined) return;
  const problem = patternProblem(source, { ignoreCase });
  if (problem) fail(ctx, { code: 'pattern', issue: problem }, [key]);
}

function kindSchemas(extra: z.ZodRawShape) {
  const data = (format: 'yaml' | 'json' | 'toml') =>
    z
      .strictObject({
        ...extra,
        [format]: glob,
        key: keyPath,
        equals: z.union([z.string(), z.number(), z.boolean()]).optional(),
        matches: pattern.optional(),
        ignoreCase: z.boolean().default(false),
        min: count.optional(),
        missing: z.literal(true).optional(),
      })
      .superRefine((p, ctx) => {
        const predicates = ['equals', 'matches', 'min', 'missing'].filter((k) => (p as Record<string, unknown>)[k] !== undefined);
        if (predicates.length > 1) fail(ctx, { code: 'probe-predicates', found: predicates });
        checkPattern(ctx, 'matches', p.matches as string | undefined, p.ignoreCase as boolean);
      });
  return {
    exists: z.strictObject({ ...extra, exists: glob, min: count.default(1), committed: z.boolean().optional() }),
    absent: z.strictObject({ ...extra, absent: glob, committed: z.boolean().optional() }),
    file: z
      .strictObject({ ...extra, file: glob, matches: pattern.optional(), notMatches: pattern.optional(), ignoreCase: z.boolean().default(false) })
      .superRefine((p, ctx) => {
        if ((p.matches === undefined) === (p.notMatches === undefined)) fail(ctx, { code: 'file-probe-match' });
        checkPattern(ctx, 'matches', p.matches, p.ignoreCase);
        checkPattern(ctx, 'notMatches', p.notMatches, p.ignoreCase);
      }),
    yaml: data('yaml'),
    json: data('json'),
    toml: data('toml'),
    git: z
      .strictObject({
        ...extra,
        git: z.enum(['repository', 'commits', 'branch', 'tag', 'remote', 'merges', 'ignored']),
        min: count.default(1),
        path: z.union([ignorePath, z.array(ignorePath).min(1)]).optional(),
        matches: pattern.optional(),
      })
      .superRefine((p, ctx) => {
        if ((p.git === 'ignored') !== (p.path !== undefined)) fail(ctx, { code: p.git === 'ignored' ? 'git-ignored-path' : 'git-path-only' });
        if (p.matches !== undefined && !['branch', 'tag', 'remote'].includes(p.git)) fail(ctx, { code: 'git-matches-only' }, ['matches']);
        checkPattern(ctx, 'matches', p.matches);
      }),
    dockerfile: z.strictObject({ ...extra, dockerfile: glob, fact: z.enum(['multi-stage', 'non-root-user', 'healthcheck', 'exec-form-cmd']) }),
  };
}

/** The kind of a probe map: the one kind key it has. */
function kindOf(value: unknown, ctx: z.RefinementCtx): Kind | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail(ctx, { code: 'probe-map' });
    return undefined;
  }
  const kinds = KINDS.filter((k) => Object.hasOwn(value, k));
  if (kinds.length !== 1) {
    fail(ctx, kinds.length ? { code: 'probe-kinds', kinds } : { code: 'probe-kind-missing', kinds: [...KINDS] });
    return undefined;
  }
  return kinds[0];
}

type Parsed = Record<string, unknown>;

function toCheck(kind: Exclude<Kind, 'any'>, p: Parsed): ProbeCheck {
  const path = p[kind] as string;
  switch (kind) {
    case 'exists':
      return { kind, path, min: p.min as number, ...(p.committed !== undefined ? { committed: p.committed as boolean } : {}) };
    case 'absent':
      return { kind, path, ...(p.committed !== undefined ? { committed: p.committed as boolean } : {}) };
    case 'file':
      return { kind, path, ignoreCase: p.ignoreCase as boolean, ...(p.matches !== undefined ? { matches: p.matches as string } : { notMatches: p.notMatches as string }) };
    case 'git': {
      const paths = p.path === undefined ? undefined : Array.isArray(p.path) ? (p.path as string[]) : [p.path as string];
      return { kind, fact: p.git as never, min: p.min as number, ...(paths ? { paths } : {}), ...(p.matches !== undefined ? { matches: p.matches as string } : {}) };
    }
    case 'dockerfile':
      return { kind, path, fact: p.fact as never };
    default:
      return {
        kind: 'data',
        format: kind,
        path,
        key: p.key as string[],
        ignoreCase: p.ignoreCase as boolean,
        ...Object.fromEntries(['equals', 'matches', 'min', 'missing'].filter((k) => p[k] !== undefined).map((k) => [k, p[k]])),
      };
  }
}

/** `verify:`: a list of probes, each with its failure message in every language. */
export function verifySchema(text: z.ZodType<Localized>, id: z.ZodType<string>) {
  const top = { message: text, topic: id.optional(), deliverable: z.number().int().min(1).optional() };
  const topSchemas = kindSchemas(top);
  const innerSchemas = kindSchemas({});
  const parse = (value: unknown, ctx: z.RefinementCtx, inner: boolean): { check: ProbeCheck; rest: Parsed } | undefined => {
    const kind = kindOf(value, ctx);
    if (!kind) return undefined;
    if (kind === 'any') {
      if (inner) {
        fail(ctx, { code: 'any-nested' });
        return undefined;
      }
      const result = z.strictObject({ ...top, any: z.array(z.unknown()).min(2).max(10) }).safeParse(value, { reportInput: true });
      if (!result.success) {
        for (const issue of result.error.issues) ctx.addIssue({ ...issue } as never);
        return undefined;
      }
      const checks: ProbeCheck[] = [];
      result.data.any.forEach((entry, i) => {
        const sub = parse(entry, { ...ctx, addIssue: (issue: z.core.$ZodIssue) => ctx.addIssue({ ...issue, path: ['any', i, ...(issue.path ?? [])] } as never) } as z.RefinementCtx, true);
        if (sub) checks.push(sub.check);
      });
      return checks.length === result.data.any.length ? { check: { kind: 'any', any: checks }, rest: result.data } : undefined;
    }
    const result = (inner ? innerSchemas : topSchemas)[kind].safeParse(value, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) ctx.addIssue({ ...issue } as never);
      return undefined;
    }
    return { check: toCheck(kind, result.data as Parsed), rest: result.data as Parsed };
  };
  const probe = z.unknown().transform((value, ctx): Probe => {
    const parsed = parse(value, ctx, false);
    if (!parsed) return z.NEVER;
    const { rest } = parsed;
    return {
      check: parsed.check,
      message: rest.message as Localized,
      ...(rest.topic !== undefined ? { topic: rest.topic as string } : {}),
      ...(rest.deliverable !== undefined ? { deliverable: rest.deliverable as number } : {}),
    };
  });
  return z.array(probe).min(1);
}

/**
 * The YAML shape of a curriculum directory, in zod. `buildSchemas(languages)`
 * makes the text fields demand exactly the course's declared languages, so a
 * missing translation is reported at the field that lacks it.
 */
import * as z from 'zod';
import { LANGS, type Lang, type Localized } from '../i18n/lang.js';
import { firstControlCharacter, hasBidiCharacters, hasControlCharacters } from '../util/untrusted.js';
import { got, rule } from './issues.js';
import { verifySchema } from './probe-schema.js';

/** Kebab-case; letters may be any lowercase or caseless script (Korean IDs from `import`). */
export const ID_PATTERN = /^[\p{Ll}\p{Lo}\p{Nd}]+(?:-[\p{Ll}\p{Lo}\p{Nd}]+)*$/u;

export const id = z.string().refine((v) => ID_PATTERN.test(v), rule({ code: 'id-format' }));
/** A web address. The built-in course uses https only (test/content checks that); imported guides may link http. */
export const httpsUrl = z
  .string()
  .refine((v) => /^https?:\/\/[^\s/]+\.[^\s/]+(\/\S*)?$/.test(v), rule({ code: 'url' }))
  // A bidi override makes a link read as another address than the one it opens.
  .superRefine((v, ctx) => {
    if (hasBidiCharacters(v) || hasControlCharacters(v)) ctx.addIssue({ code: 'custom', message: 'url-control', ...rule({ code: 'url-control', char: firstControlCharacter(v) ?? '?' }) });
  });

function textSchema(languages: readonly Lang[]) {
  return z.unknown().transform((value, ctx): Localized => {
    if (typeof value === 'string' && languages.length === 1) {
      if (!value.trim()) ctx.issues.push({ code: 'custom', message: 'text-empty', input: value, ...rule({ code: 'text-empty' }) });
      return { [languages[0]!]: value };
    }
    if (typeof value === 'string') {
      ctx.issues.push({ code: 'custom', input: value, message: 'text-needs-map', ...rule({ code: 'text-needs-map', languages: [...languages] }) });
      return z.NEVER;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      ctx.issues.push({ code: 'custom', input: value, message: 'text-type', ...rule({ code: 'text-type', got: got(value) }) });
      return z.NEVER;
    }
    const out: Localized = {};
    for (const [key, text] of Object.entries(value)) {
      if (!(LANGS as readonly string[]).includes(key) || !languages.includes(key as Lang)) {
        ctx.issues.push({ code: 'custom', input: value, path: [key], message: 'text-unknown-lang', ...rule({ code: 'text-unknown-lang', key, languages: [...languages] }) });
      } else if (typeof text !== 'string' || !text.trim()) {
        ctx.issues.push({ code: 'custom', input: value, path: [key], message: 'text-lang-empty', ...rule({ code: 'text-lang-empty', lang: key }) });
      } else {
        out[key as Lang] = text;
      }
    }
    for (const lang of languages) {
      if (!(lang in value)) {
        ctx.issues.push({ code: 'custom', input: value, path: [lang], message: 'text-missing-lang', ...rule({ code: 'text-missing-lang', lang }) });
      }
    }
    return out;
  });
}

/** A stage's length in the guide, in weeks: [at least, at most], e.g. [1, 2] for "1-2주". */
const durationRange = z
  .unknown()
  .superRefine((v, ctx) => {
    const range = Array.isArray(v) && v.length === 2 && v.every((n) => Number.isInteger(n) && n > 0);
    if (!range) ctx.addIssue({ code: 'custom', message: 'duration-range', ...rule({ code: 'duration-range' }) });
    else if (v[0] > v[1]) ctx.addIssue({ code: 'custom', message: 'duration-order', ...rule({ code: 'duration-order' }) });
  })
  .transform((v) => v as [number, number]);

/** A calendar date, YYYY-MM-DD. */
const isoDate = z
  .string()
  .refine((v) => {
    const date = new Date(`${v}T00:00:00Z`);
    return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(v);
  }, rule({ code: 'date' }));

export const courseHeader = z.looseObject({
  formatVersion: z.unknown().refine((v) => v === 1, rule({ code: 'format-version' })),
  languages: z.array(z.enum(LANGS)).min(1).default(['ko', 'en']),
});

export function buildSchemas(languages: readonly Lang[]) {
  const text = textSchema(languages);
  const texts = z.array(text).default([]);
  const link = z.strictObject({ title: text, url: httpsUrl });
  const choice = z.strictObject({ id, text });
  const weekNumbers = z.array(z.number().int().positive()).default([]);

  const course = z.strictObject({
    formatVersion: z.literal(1),
    id,
    version: z.string().min(1),
    languages: z.array(z.enum(LANGS)).min(1).default(['ko', 'en']),
    title: text,
    description: text.optional(),
    resources: z
      .array(
        z.strictObject({
          id,
          title: text,
          kind: z.enum(['course', 'book', 'docs', 'blog', 'video', 'article']),
          url: httpsUrl.optional(),
          authors: z.string().optional(),
          description: text.optional(),
        }),
      )
      .default([]),
    lifecycle: z
      .array(
        z.strictObject({
          id,
          title: text,
          points: z.array(z.strictObject({ text, weeks: weekNumbers, tools: z.array(id).default([]) })).default([]),
          weeks: weekNumbers,
          tools: z.array(id).default([]),
        }),
      )
      .default([]),
    projects: z.array(z.strictObject({ id, title: text, goal: text })).default([]),
    process: z.array(z.strictObject({ id, title: text, description: text })).default([]),
    roadmap: z
      .strictObject({
        note: text.optional(),
        stages: z
          .array(z.strictObject({ id, title: text, duration: durationRange, weeks: weekNumbers, items: z.array(id).default([]) }))
          .refine((stages) => stages.length > 0, rule({ code: 'roadmap-stages' })),
      })
      .optional(),
    checklist: z.array(z.strictObject({ id, title: text, items: z.array(id).refine((items) => items.length > 0, rule({ code: 'checklist-items' })) })).default([]),
    versions: z
      .array(
        z.strictObject({
          tool: id,
          package: z.string().refine((v) => /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/.test(v), rule({ code: 'package-name' })),
          version: z.string().refine((v) => /^\d+(?:\.\d+)*(?:[.+-]?[A-Za-z0-9]+)*$/.test(v), rule({ code: 'version-string' })),
          checked: isoDate,
          source: httpsUrl,
          note: text.optional(),
        }),
      )
      .default([]),
  });

  const tools = z.strictObject({
    categories: z.array(z.strictObject({ id, title: text })).default([]),
    tools: z
      .array(
        z.strictObject({
          id,
          name: z.string().min(1),
          category: id,
          purpose: text,
          whenToPick: text,
          url: httpsUrl,
          docs: httpsUrl.optional(),
          installCheck: z.string().min(1).optional(),
          weeks: weekNumbers,
        }),
      )
      .default([]),
  });

  const topic = z.strictObject({
    id,
    title: text,
    summary: text,
    notes: text,
    commands: z.array(z.strictObject({ command: z.string().min(1), description: text })).default([]),
    exercise: z.strictObject({ task: text, expected: text }).optional(),
    pitfalls: texts,
    links: z.array(link).default([]),
    tools: z.array(id).default([]),
  });

  const item = z.strictObject({
    id,
    text,
    source: z.enum(['roadmap', 'checklist', 'project', 'process', 'extra']).default('extra'),
    topic: id.optional(),
    project: id.optional(),
    aliases: z.array(id).default([]),
    verify: verifySchema(text, id).optional(),
  });

  const unitFields = {
    id,
    /** The guide's own name for the unit ("Week 0", "0주차", "PART 2"): shown, never counted. */
    label: text.optional(),
    title: text,
    summary: text.optional(),
    goals: texts,
    topics: z.array(topic).default([]),
    items: z.array(item).default([]),
    assignment: z
      .strictObject({ title: text, description: text, deliverables: texts, bring: texts })
      .optional(),
    resources: z.array(id).default([]),
  };
  const week = z.strictObject({ week: z.number().int().positive(), ...unitFields });
  /** appendix/*.yaml: a unit that is not a week (introduction, FAQ, a checklist of its own). */
  const appendix = z.strictObject(unitFields);
  /** The rest of a unit too large for one file: weeks/03-2.yaml with `part: 2` and `of: week-3`. */
  const part = z.strictObject({
    part: z.number().int().refine((n) => n >= 2, rule({ code: 'part-number' })),
    of: id,
    topics: z.array(topic).default([]),
    items: z.array(item).default([]),
    resources: z.array(id).default([]),
  });

  const base = { id, topic: id, prompt: text, explanation: text, source: httpsUrl.optional(), aliases: z.array(id).default([]) };
  const question = z.discriminatedUnion('type', [
    z.strictObject({ ...base, type: z.literal('single'), choices: z.array(choice).min(2), answer: id }),
    z.strictObject({ ...base, type: z.literal('multiple'), choices: z.array(choice).min(2), answer: z.array(id).min(1) }),
    z.strictObject({ ...base, type: z.literal('truefalse'), answer: z.boolean() }),
    z.strictObject({ ...base, type: z.literal('short'), accept: z.array(z.string().min(1)).min(1), exact: z.boolean().optional() }),
    z.strictObject({ ...base, type: z.literal('order'), choices: z.array(choice).min(2), answer: z.array(id).min(2) }),
    z.strictObject({
      ...base,
      type: z.literal('match'),
      left: z.array(choice).min(2),
      right: z.array(choice).min(2),
      // Keys are IDs too: a key such as __proto__ is reported, never dropped on the way.
      answer: z.record(id, id),
    }),
  ]);
  const questions = z.strictObject({ questions: z.array(question).default([]) });

  return { course, tools, week, appendix, part, questions };
}

export type Schemas = ReturnType<typeof buildSchemas>;
export type RawCourse = z.output<Schemas['course']>;
export type RawTools = z.output<Schemas['tools']>;
export type RawWeek = z.output<Schemas['week']>;
export type RawAppendix = z.output<Schemas['appendix']>;
export type RawPart = z.output<Schemas['part']>;
export type RawQuestion = z.output<Schemas['questions']>['questions'][number];

/** Builds the plain-data Curriculum from validated, cross-checked files. */
import type { Localized } from '../i18n/lang.js';
import type { Located } from './cross-check.js';
import type { LoadedFiles } from './loader.js';
import type { RawAppendix, RawCourse, RawWeek } from './schema.js';
import type { Curriculum, Question, Resource, Week } from './types.js';

const NONE: Localized = {};

export function assemble(dir: string, files: LoadedFiles & { course: Located<RawCourse> }): Curriculum {
  const c = files.course.value;
  // Part files (a unit too large for one file) join their unit, in part order.
  const parts = [...(files.parts ?? [])].sort((a, b) => a.value.part - b.value.part);
  type Content = Pick<RawWeek, 'topics' | 'items' | 'resources'>;
  const unit = (w: Content & Omit<RawAppendix, keyof Content> & { week?: number }, file: string): Week => {
    const number = w.week ?? 0;
    const more = parts.filter((p) => p.value.of === w.id && (p.folder === 'weeks') === (w.week !== undefined)).map((p) => p.value);
    const all = [w, ...more];
    return {
      number,
      id: w.id,
      file,
      ...(w.label ? { label: w.label } : {}),
      title: w.title,
      summary: w.summary ?? NONE,
      goals: w.goals,
      topics: all.flatMap((p) => p.topics).map((t) => ({
        id: t.id,
        week: number,
        title: t.title,
        summary: t.summary,
        notes: t.notes,
        commands: t.commands,
        ...(t.exercise ? { exercise: t.exercise } : {}),
        pitfalls: t.pitfalls,
        links: t.links,
        tools: t.tools,
      })),
      items: all.flatMap((p) => p.items).map((i) => ({
        id: i.id,
        week: number,
        text: i.text,
        source: i.source,
        ...(i.topic ? { topic: i.topic } : {}),
        ...(i.project ? { project: i.project } : {}),
        aliases: i.aliases,
        ...(i.verify ? { verify: i.verify } : {}),
      })),
      ...(w.assignment ? { assignment: w.assignment } : {}),
      resources: [...new Set(all.flatMap((p) => p.resources))],
    };
  };
  const weeks: Week[] = files.weeks.map(({ value, file }) => unit(value, file.file)).sort((a, b) => a.number - b.number);
  const appendix: Week[] = (files.appendix ?? []).map(({ value, file }) => unit(value, file.file));
  // Items of a unit with the same text as another's in some language: `next` says where the guide lists each.
  for (const week of [...weeks, ...appendix]) {
    for (const item of week.items) {
      const same = week.items.filter((o) => o !== item && Object.entries(o.text).some(([lang, text]) => item.text[lang as keyof Localized] === text)).map((o) => o.id);
      if (same.length) item.sameText = same;
    }
  }

  const topicWeek = new Map([...weeks, ...appendix].flatMap((w) => w.topics.map((t) => [t.id, w.number] as const)));
  const tools = files.tools?.value.tools ?? [];
  const resources: Resource[] = [
    ...c.resources.map((r) => ({
      id: r.id,
      title: r.title,
      kind: r.kind,
      ...(r.url ? { url: r.url } : {}),
      ...(r.authors ? { authors: r.authors } : {}),
      description: r.description ?? NONE,
      origin: 'course' as const,
    })),
    ...tools.map((t) => ({
      id: `${t.id}-docs`,
      title: Object.fromEntries(c.languages.map((l) => [l, t.name])) as Localized,
      kind: 'docs' as const,
      url: t.docs ?? t.url,
      description: t.purpose,
      origin: 'tool' as const,
    })),
  ];
  const questions = files.questions.flatMap(({ value }) =>
    value.map((q) => ({ ...q, week: topicWeek.get(q.topic) ?? 1 }) as Question),
  );

  return {
    formatVersion: c.formatVersion,
    id: c.id,
    version: c.version,
    languages: c.languages,
    title: c.title,
    description: c.description ?? NONE,
    dir,
    weeks,
    appendix,
    tools: tools.map((t) => ({
      id: t.id,
      name: t.name,
      category: t.category,
      purpose: t.purpose,
      whenToPick: t.whenToPick,
      url: t.url,
      ...(t.docs ? { docs: t.docs } : {}),
      ...(t.installCheck ? { installCheck: t.installCheck } : {}),
      weeks: t.weeks,
    })),
    toolCategories: files.tools?.value.categories ?? [],
    resources,
    lifecycle: c.lifecycle.map((s, i) => ({ ...s, number: i + 1 })),
    projects: c.projects,
    process: c.process,
    roadmap: {
      note: c.roadmap?.note ?? NONE,
      stages: (c.roadmap?.stages ?? []).map((s, i) => ({ id: s.id, number: i + 1, title: s.title, duration: s.duration, weeks: s.weeks, items: s.items })),
    },
    checklist: c.checklist,
    versions: c.versions.map((v) => ({ ...v, note: v.note ?? NONE })),
    questions,
  };
}

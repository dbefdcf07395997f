/**
 * Checks that need the whole course: unique IDs, week numbers without gaps,
 * references that resolve, and answers that fit their questions.
 */
import type { CurriculumProblem } from '../errors.js';
import { closest } from '../util/suggest.js';
import type { LoadedFiles } from './loader.js';
import type { RawCourse } from './schema.js';
import type { YamlFile } from './yaml-file.js';
import { checkQuestion } from './check-question.js';
import type { CurriculumIssue, IdKind } from './issues.js';

export interface Located<T> {
  value: T;
  file: YamlFile;
}

type Path = readonly PropertyKey[];

/** The kinds of file a curriculum has; one that failed to load is left out of `files`. */
export type Source = 'course' | 'tools' | 'weeks' | 'questions';

// Where each kind of referenced thing is defined.
const DEFINED_IN: Partial<Record<IdKind, Source[]>> = { tool: ['tools'], 'tool category': ['tools'], resource: ['course', 'tools'], project: ['course'], topic: ['weeks'], week: ['weeks'], item: ['weeks'], 'appendix unit': ['weeks'] };

/**
 * Every check runs, also when some files failed to load (all problems are
 * reported at once), except the ones that file could answer: a reference to
 * a topic is not called unknown while a week file is broken, nor a week
 * number missing.
 */
export function crossCheck(files: LoadedFiles, failed: ReadonlySet<Source> = new Set()): CurriculumProblem[] {
  const problems: CurriculumProblem[] = [];
  const report = (file: YamlFile, path: Path, issue: CurriculumIssue) => problems.push({ file: file.file, ...file.locate(path), issue });
  const reportUnless = (kind: IdKind, file: YamlFile, path: Path, issue: CurriculumIssue) => {
    if (!(DEFINED_IN[kind] ?? []).some((source) => failed.has(source))) report(file, path, issue);
  };

  // Where each ID is first defined, located only when a duplicate needs it (locating re-reads the file).
  const ids = new Map<string, { file: YamlFile; path: Path }>();
  const kinds = new Map<IdKind, Set<string>>();
  const define = (kind: IdKind, id: string, file: YamlFile, path: Path) => {
    const first = ids.get(id);
    if (first) {
      const { line, column } = first.file.locate(first.path);
      report(file, path, { code: 'duplicate-id', id, at: `${first.file.file}:${line}:${column}` });
    } else ids.set(id, { file, path });
    if (!kinds.has(kind)) kinds.set(kind, new Set());
    kinds.get(kind)!.add(id);
  };
  const refs: { kind: IdKind; id: string; file: YamlFile; path: Path }[] = [];
  const refer = (kind: IdKind, id: string, file: YamlFile, path: Path) => refs.push({ kind, id, file, path });
  const weekRefs: { n: number; file: YamlFile; path: Path }[] = [];

  const course = files.course;
  if (course) {
    const c = course.value;
    const f = course.file;
    c.resources.forEach((r, i) => define('resource', r.id, f, ['resources', i, 'id']));
    c.projects.forEach((p, i) => define('project', p.id, f, ['projects', i, 'id']));
    c.process.forEach((p, i) => define('process step', p.id, f, ['process', i, 'id']));
    c.lifecycle.forEach((stage, i) => {
      define('lifecycle stage', stage.id, f, ['lifecycle', i, 'id']);
      stage.tools.forEach((t, j) => refer('tool', t, f, ['lifecycle', i, 'tools', j]));
      stage.weeks.forEach((n, j) => weekRefs.push({ n, file: f, path: ['lifecycle', i, 'weeks', j] }));
      stage.points.forEach((point, k) => {
        point.tools.forEach((t, j) => refer('tool', t, f, ['lifecycle', i, 'points', k, 'tools', j]));
        point.weeks.forEach((n, j) => weekRefs.push({ n, file: f, path: ['lifecycle', i, 'points', k, 'weeks', j] }));
      });
    });
    c.roadmap?.stages.forEach((stage, i) => {
      define('roadmap stage', stage.id, f, ['roadmap', 'stages', i, 'id']);
      stage.weeks.forEach((n, j) => weekRefs.push({ n, file: f, path: ['roadmap', 'stages', i, 'weeks', j] }));
      stage.items.forEach((item, j) => refer('item', item, f, ['roadmap', 'stages', i, 'items', j]));
    });
    c.checklist.forEach((section, i) => {
      define('checklist section', section.id, f, ['checklist', i, 'id']);
      section.items.forEach((item, j) => refer('item', item, f, ['checklist', i, 'items', j]));
    });
    problems.push(...guideListProblems(c, f));
  }
  if (files.tools) {
    const f = files.tools.file;
    files.tools.value.categories.forEach((c, i) => define('tool category', c.id, f, ['categories', i, 'id']));
    files.tools.value.tools.forEach((t, i) => {
      define('tool', t.id, f, ['tools', i, 'id']);
      define('resource', `${t.id}-docs`, f, ['tools', i, 'id']);
      refer('tool category', t.category, f, ['tools', i, 'category']);
      t.weeks.forEach((n, j) => weekRefs.push({ n, file: f, path: ['tools', i, 'weeks', j] }));
    });
  }

  const numbers = new Map<number, YamlFile>();
  for (const { value: outline, file: f } of files.weekOutlines ?? []) {
    if (!numbers.has(outline.week)) numbers.set(outline.week, f);
    outline.topics.forEach((id, i) => define('topic', id, f, ['topics', i, 'id']));
  }
  // A unit's topics, items and resources, in its own file or a part file.
  // How many deliverables each unit's assignment has, for the probes that name one (issue 18).
  const deliverablesOf = new Map<string, number>();
  for (const { value } of [...files.weeks, ...(files.appendix ?? [])]) deliverablesOf.set(value.id, (value as { assignment?: { deliverables: unknown[] } }).assignment?.deliverables.length ?? 0);
  type Unit = { topics: { id: string; tools: string[] }[]; items: { id: string; aliases: string[]; topic?: string; project?: string; verify?: { topic?: string; deliverable?: number }[] }[]; resources: string[] };
  const content = (unit: Unit, f: YamlFile, deliverables = 0) => {
    unit.topics.forEach((t, i) => {
      define('topic', t.id, f, ['topics', i, 'id']);
      t.tools.forEach((tool, j) => refer('tool', tool, f, ['topics', i, 'tools', j]));
    });
    unit.items.forEach((item, i) => {
      define('item', item.id, f, ['items', i, 'id']);
      item.aliases.forEach((a, j) => define('item alias', a, f, ['items', i, 'aliases', j]));
      if (item.topic) refer('topic', item.topic, f, ['items', i, 'topic']);
      if (item.project) refer('project', item.project, f, ['items', i, 'project']);
      item.verify?.forEach((probe, j) => {
        if (probe.topic) refer('topic', probe.topic, f, ['items', i, 'verify', j, 'topic']);
        if (probe.deliverable !== undefined && probe.deliverable > deliverables) {
          report(f, ['items', i, 'verify', j, 'deliverable'], { code: 'deliverable', n: probe.deliverable, count: deliverables });
        }
      });
    });
    unit.resources.forEach((r, j) => refer('resource', r, f, ['resources', j]));
  };
  for (const { value: week, file: f } of files.weeks) {
    if (numbers.has(week.week)) report(f, ['week'], { code: 'week-twice', week: week.week, other: numbers.get(week.week)!.file });
    else numbers.set(week.week, f);
    define('week', week.id, f, ['id']);
    content(week, f, deliverablesOf.get(week.id));
  }
  for (const { value: unit, file: f } of files.appendix ?? []) {
    define('appendix unit', unit.id, f, ['id']);
    content(unit, f, deliverablesOf.get(unit.id));
  }
  const parts = new Map<string, string>();
  for (const { value: part, file: f, folder } of files.parts ?? []) {
    const key = `${part.of}#${part.part}`;
    if (parts.has(key)) report(f, ['part'], { code: 'part-twice', part: part.part, of: part.of, other: parts.get(key)! });
    else parts.set(key, f.file);
    refer(folder === 'weeks' ? 'week' : 'appendix unit', part.of, f, ['of']);
    content(part, f, deliverablesOf.get(part.of));
  }
  // A week 0 or -1 is reported by the schema already; the gap check counts from week 1.
  const sorted = [...numbers.keys()].filter((n) => n >= 1).sort((a, b) => a - b);
  sorted.forEach((n, i) => {
    if (n !== i + 1) {
      const missing = i === 0 ? 1 : sorted[i - 1]! + 1;
      reportUnless('week', numbers.get(n)!, ['week'], { code: 'week-gap', missing, before: n });
    }
  });
  for (const { n, file, path } of weekRefs) {
    if (!numbers.has(n)) reportUnless('week', file, path, { code: 'no-such-week', week: n, weeks: sorted });
  }

  for (const { value: questions, file: f } of files.questions) {
    questions.forEach((q, i) => {
      define('question', q.id, f, ['questions', i, 'id']);
      q.aliases.forEach((a, j) => define('question alias', a, f, ['questions', i, 'aliases', j]));
      refer('topic', q.topic, f, ['questions', i, 'topic']);
      for (const p of checkQuestion(q)) report(f, ['questions', i, ...p.path], p.issue);
    });
  }

  if (course && !failed.has('weeks')) problems.push(...unlistedItems(course, files));

  for (const { kind, id, file, path } of refs) {
    const known = kinds.get(kind) ?? new Set<string>();
    if (known.has(id)) continue;
    reportUnless(kind, file, path, { code: 'unknown-ref', kind, id, guesses: closest(id, known) });
  }
  return problems;
}

/** An item listed twice in the roadmap, or twice in the checklist sections; a package pinned twice. */
function guideListProblems(c: RawCourse, f: YamlFile): CurriculumProblem[] {
  const problems: CurriculumProblem[] = [];
  const once = (lists: { items: string[] }[], where: 'roadmap' | 'checklist', path: (i: number, j: number) => Path) => {
    const seen = new Set<string>();
    lists.forEach((list, i) =>
      list.items.forEach((item, j) => {
        if (seen.has(item)) problems.push({ file: f.file, ...f.locate(path(i, j)), issue: { code: 'listed-twice', item, where } });
        seen.add(item);
      }),
    );
  };
  once(c.roadmap?.stages ?? [], 'roadmap', (i, j) => ['roadmap', 'stages', i, 'items', j]);
  once(c.checklist, 'checklist', (i, j) => ['checklist', i, 'items', j]);
  const packages = new Map<string, number>();
  c.versions.forEach((v, i) => {
    // pip treats "great_expectations" and "Great-Expectations" as one name (PEP 503).
    const name = v.package.toLowerCase().replace(/[-_.]+/g, '-');
    if (packages.has(name)) problems.push({ file: f.file, ...f.locate(['versions', i, 'package']), issue: { code: 'pinned-twice', name: v.package, index: packages.get(name)! } });
    else packages.set(name, i);
  });
  return problems;
}

/** With a roadmap, every roadmap item sits in a stage; with checklist sections, every checklist item in a section. */
function unlistedItems(course: Located<RawCourse>, files: LoadedFiles): CurriculumProblem[] {
  const c = course.value;
  const inStages = new Set((c.roadmap?.stages ?? []).flatMap((s) => s.items));
  const inSections = new Set(c.checklist.flatMap((s) => s.items));
  return files.weeks.flatMap(({ value: week, file }) =>
    week.items.flatMap((item, i) => {
      if (item.source === 'roadmap' && c.roadmap && !inStages.has(item.id))
        return [{ file: file.file, ...file.locate(['items', i, 'id']), issue: { code: 'unlisted', item: item.id, source: 'roadmap' } as CurriculumIssue }];
      if (item.source === 'checklist' && c.checklist.length && !inSections.has(item.id))
        return [{ file: file.file, ...file.locate(['items', i, 'id']), issue: { code: 'unlisted', item: item.id, source: 'checklist' } as CurriculumIssue }];
      return [];
    }),
  );
}

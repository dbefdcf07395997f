/**
 * Turns a guide into curriculum files (course.yaml, weeks/NN.yaml,
 * appendix/NN.yaml) and a report of where everything went. Pure and
 * deterministic: the same guide (and the same earlier import) gives
 * byte-identical files, so re-importing shows only real changes in git.
 */
import type { Lang } from '../i18n/lang.js';
import { clean, linksOf, type Block } from './ir.js';
import { parseMarkdown } from './markdown.js';
import { firstSentence, proseLanguage } from './notes.js';
import type { Placement } from './place.js';
import { matchPrevious, type PreviousItem, type Renamed } from './reimport.js';
import { collectResources, type SkippedLink } from './resources.js';
import { packParts, yamlBytes } from './sizes.js';
import { IdRegistry, slugify } from './slug.js';
import { findStructure, headingText, titleHeading, type StructureKind, type WeeksFrom } from './structure.js';
import type { Lookalike, Task } from './tasks.js';
import { buildUnit, type BuiltUnit } from './units.js';
import { toYaml } from './yaml-out.js';

export interface ImportOptions {
  weeksFrom?: WeeksFrom;
  topicColumn?: string;
  /** The items of an earlier import into the same directory. */
  previous?: PreviousItem[];
  /**
   * Receives each file as soon as it is made (the command writes it to disk);
   * then `files` keeps only the names, so a large guide's YAML is not all held
   * at once.
   */
  write?: (path: string, text: string) => void;
}

export interface UnitReport {
  title: string;
  label?: string;
  line: number;
  appendix: boolean;
  topics: number;
  items: number;
  checked: number;
  files: string[];
}

export interface ImportReport {
  structure: StructureKind;
  language: Lang;
  weeks: number;
  appendix: number;
  topics: number;
  items: number;
  resources: number;
  units: UnitReport[];
  placements: Placement[];
  /** Checkboxes taken that are not GFM task items, by mark. */
  taken: { mark: string; origin: Task['origin']; lines: number[] }[];
  lookalikes: Lookalike[];
  skippedLinks: SkippedLink[];
  renamed: Renamed[];
  splitTopics: string[];
}

export interface ImportResult {
  courseId: string;
  title: string;
  language: Lang;
  files: Record<string, string>;
  /** The data of each file (what its YAML reads back as), so validation need not parse it again. */
  data: Record<string, object>;
  /** Item IDs ticked in the guide, and those not ticked. */
  checked: string[];
  unchecked: string[];
  /** Every item with its aliases, to adopt progress saved under old IDs. */
  renames: { id: string; aliases: string[] }[];
  report: ImportReport;
}

export function importGuide(text: string, fileName: string, options: ImportOptions = {}): ImportResult {
  const source = text.replace(/\r\n?/g, '\n');
  const blocks = parseMarkdown(source);
  const language = proseLanguage(blocks);
  const introTitle = language === 'ko' ? '소개' : 'Introduction';
  const titleBlock = titleHeading(blocks);
  const structure = findStructure(blocks, { introTitle, ...(titleBlock ? { title: headingText(titleBlock) } : {}), ...(options.weeksFrom ? { weeksFrom: options.weeksFrom } : {}), ...(options.topicColumn ? { topicColumn: options.topicColumn } : {}) });
  const title = (titleBlock && headingText(titleBlock)) || fileName.replace(/\.[^.]+$/, '') || 'Imported guide';
  const ids = new IdRegistry();
  const courseId = ids.take(slugify(title), 'imported-guide');

  // Resources first: every web link once, named after the unit or section it is in.
  let section = '';
  const sectionOf = new Map<Block, string>();
  for (const b of blocks) {
    if (b.type === 'heading') section = headingText(b);
    sectionOf.set(b, section);
  }
  // A schedule table's links are named after their row's unit, others after their heading.
  const rowUnit = new Map(structure.kind === 'table' ? structure.units.map((u) => [u.line, u.label ?? u.title]) : []);
  const links = blocks.flatMap((b) => linksOf([b]).map((link) => ({ link, section: rowUnit.get(link.line) ?? sectionOf.get(b) ?? '' })));
  const { resources, byUrl, skipped } = collectResources(links, ids);
  const introText = structure.intro.length ? firstSentence(structure.intro, '') : '';
  // Else the first sentence of the introduction's sections ("## 소개", "## About").
  const introUnit = structure.appendix[0]?.title === introTitle ? structure.appendix[0] : undefined;
  const description = introText || (introUnit?.attached.map((a) => firstSentence(a.blocks, '')).find(Boolean) ?? '');
  // From here on each unit's blocks are read once, by buildUnit, which lets go of them: a 5 MB guide is never held twice.
  blocks.length = 0;
  sectionOf.clear();
  structure.intro.length = 0;

  // Unit IDs first, so `show faq` finds the unit and its topics take the suffixes.
  const weekCount = structure.units.length;
  const unitIds = [
    ...structure.units.map((_, i) => ids.take(`week-${i + 1}`, `week-${i + 1}`)),
    ...structure.appendix.map((u, i) => ids.take(slugify(u.title) || 'appendix', `appendix-${i + 1}`)),
  ];
  const built = [
    ...structure.units.map((u, i) => buildUnit(u, `${i + 1}`, ids, byUrl, options.topicColumn)),
    ...structure.appendix.map((u, i) => buildUnit(u, `a${i + 1}`, ids, byUrl, options.topicColumn)),
  ];
  for (const b of built) if (b.unit.appendix === false && !b.unit.title) b.unit.title = b.unit.label ?? '';
  const renamed = options.previous ? matchPrevious(built.flatMap((b) => b.items.map((item) => Object.assign(item, { unit: b.unit.title }))), options.previous, ids.taken()) : [];

  const files: Record<string, string> = {};
  const data: Record<string, object> = {};
  const yamlFile = (path: string, value: object, comment: string) => {
    data[path] = value;
    const text = toYaml(value as Parameters<typeof toYaml>[0], clean(comment));
    if (options.write) options.write(path, text);
    files[path] = options.write ? '' : text;
  };
  const units: UnitReport[] = [];
  const pad = String(Math.max(weekCount, structure.appendix.length)).length < 2 ? 2 : String(Math.max(weekCount, structure.appendix.length)).length;
  built.forEach((b, i) => {
    const appendix = b.unit.appendix;
    const number = appendix ? i - weekCount + 1 : i + 1;
    const base = `${appendix ? 'appendix' : 'weeks'}/${String(number).padStart(pad, '0')}`;
    const id = unitIds[i]!;
    const head = {
      ...(appendix ? {} : { week: number }),
      id,
      ...(b.unit.label ? { label: b.unit.label } : {}),
      title: b.unit.title || b.unit.label || `${number}`,
      ...(b.unit.summary ? { summary: b.unit.summary } : {}),
    };
    const written = writeUnit(yamlFile, base, head, b, `${appendix ? `Appendix unit ${number}` : `Week ${number} of ${weekCount}`}, imported from ${fileName} (line ${b.unit.line}).`);
    units.push({ title: head.title, ...(b.unit.label ? { label: b.unit.label } : {}), line: b.unit.line, appendix, topics: b.topics.length, items: b.items.length, checked: b.items.filter((x) => x.checked).length, files: written });
  });

  const course = { formatVersion: 1, id: courseId, version: '1.0.0', languages: [language], title, ...(description ? { description } : {}), ...(resources.length ? { resources } : {}) };
  yamlFile('course.yaml', course, `Imported from ${fileName} by \`mlops-study import\`. Format: docs/curriculum-format.md`);

  const items = built.flatMap((b) => b.items);
  const taken = new Map<string, { mark: string; origin: Task['origin']; lines: number[] }>();
  for (const item of items) {
    if (item.origin === 'list' && /^\[[ xX]\]$/.test(item.mark)) continue; // a GFM task item: nothing to say
    const key = `${item.origin}\u0000${item.mark}`;
    if (!taken.has(key)) taken.set(key, { mark: item.mark, origin: item.origin, lines: [] });
    taken.get(key)!.lines.push(item.line);
  }
  return {
    courseId,
    title,
    language,
    files,
    data,
    checked: items.filter((i) => i.checked).map((i) => i.id),
    unchecked: items.filter((i) => !i.checked).map((i) => i.id),
    renames: items.map((i) => ({ id: i.id, aliases: i.aliases ?? [] })),
    report: {
      structure: structure.kind,
      language,
      weeks: weekCount,
      appendix: structure.appendix.length,
      topics: built.reduce((n, b) => n + b.topics.length, 0),
      items: items.length,
      resources: resources.length,
      units,
      placements: structure.placements,
      taken: [...taken.values()],
      lookalikes: built.flatMap((b) => b.lookalikes).sort((a, b) => a.line - b.line),
      skippedLinks: skipped,
      renamed,
      splitTopics: built.flatMap((b) => b.splitTopics),
    },
  };
}

/** A unit's file, and part files when it is too large for one (sizes.ts). */
function writeUnit(write: (path: string, value: object, comment: string) => void, base: string, head: Record<string, unknown>, b: BuiltUnit, comment: string): string[] {
  const items = b.items.map(({ id, source, text, aliases }) => ({ id, source, text, ...(aliases?.length ? { aliases } : {}) }));
  const entries = [...b.topics.map((t) => ({ topic: t })), ...items.map((item) => ({ item }))];
  const parts = packParts(entries, yamlBytes(head) + yamlBytes(b.resources));
  return parts.map((entries, i) => {
    const topics = entries.flatMap((e) => ('topic' in e ? [e.topic] : []));
    const its = entries.flatMap((e) => ('item' in e ? [e.item] : []));
    const body = { ...(topics.length ? { topics } : {}), ...(its.length ? { items: its } : {}) };
    const name = i === 0 ? `${base}.yaml` : `${base}-${i + 1}.yaml`;
    if (i === 0) write(name, { ...head, ...body, ...(b.resources.length ? { resources: b.resources } : {}) }, comment);
    else write(name, { part: i + 1, of: head.id, ...body }, `Part ${i + 1} of ${parts.length} of ${String(head.id)} (too large for one file). ${comment}`);
    return name;
  });
}


/**
 * Turns a guide's structure into curriculum files (course.yaml, weeks/NN.yaml)
 * and a report. Pure and deterministic: the same guide gives byte-identical
 * files, so re-importing shows only real changes in git.
 */
import { toString } from 'mdast-util-to-string';
import { Document } from 'yaml';
import type { Lang } from '../i18n/lang.js';
import { clean, parseGuide, type Block, type HeadingBlock } from './outline.js';
import { IdRegistry, slugify } from './slug.js';
import { findStructure, titleHeading, type Structure, type Unit } from './structure.js';
import { hasControlCharacters } from '../util/untrusted.js';

export interface ReportLine {
  line: number;
  message: string;
}

export interface ImportResult {
  courseId: string;
  title: string;
  language: Lang;
  files: Record<string, string>;
  /** Item IDs of tasks that were checked in the guide. */
  checked: string[];
  report: {
    structure: Structure['kind'];
    weeks: number;
    topics: number;
    items: number;
    resources: number;
    extraUnits: string[];
    skipped: ReportLine[];
    notes: ReportLine[];
  };
}

// The address says most (a YouTube link is a video); else the words around the link.
const BY_URL: [RegExp, string][] = [
  [/youtube\.com|youtu\.be|vimeo\.com/i, 'video'],
  [/coursera\.org|udemy\.com|edx\.org|inflearn\.com|fast\.ai|deeplearning\.ai/i, 'course'],
  [/medium\.com|velog\.io|tistory\.com|dev\.to|substack\.com/i, 'blog'],
];
const BY_WORDS: [RegExp, string][] = [
  [/강의|강좌|course|mooc/i, 'course'],
  [/도서|책|book/i, 'book'],
  [/영상|동영상|video/i, 'video'],
  [/문서|docs|documentation|guide|가이드/i, 'docs'],
  [/블로그|blog/i, 'blog'],
];
const kindOf = (url: string, words: string) =>
  BY_URL.find(([re]) => re.test(url))?.[1] ?? BY_WORDS.find(([re]) => re.test(words))?.[1] ?? 'docs';

function firstSentence(blocks: Block[], fallback: string): string {
  const paragraph = blocks.find((b) => b.node.type === 'paragraph');
  // A section of sub-sections is summed up by their titles.
  const headings = blocks.filter((b) => b.node.type === 'heading').map((b) => (b as HeadingBlock).text);
  const text = paragraph && blocks.indexOf(paragraph) < (blocks.findIndex((b) => b.node.type === 'heading') + 1 || Infinity) ? clean(toString(paragraph.node)) : headings.join(' · ');
  if (!text) return fallback;
  const sentence = /^(.{12,}?[.!?。])(\s|$)/u.exec(text)?.[1] ?? text;
  return sentence.length > 100 ? `${sentence.slice(0, 97).trimEnd()}…` : sentence;
}

const notesOf = (blocks: Block[]) =>
  blocks
    .filter((b) => b.node.type !== 'thematicBreak' && b.node.type !== 'html')
    .map((b) => b.source.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ''))
    .join('\n\n')
    .trim();

/** A table of contents: nothing but links to the guide's own sections. */
const isContents = (blocks: Block[]) => {
  const content = blocks.filter((b) => b.node.type !== 'thematicBreak' && b.node.type !== 'html' && b.node.type !== 'heading');
  return content.length > 0 && content.every((b) => b.node.type === 'list' && b.links.length > 0 && b.links.every((l) => l.url.startsWith('#')));
};

export function importGuide(source: string, fileName: string): ImportResult {
  const { blocks } = parseGuide(source);
  const structure = findStructure(blocks);
  const language: Lang = /[\uac00-\ud7a3]/.test(source) ? 'ko' : 'en';
  const titleBlock = titleHeading(blocks);
  const title = titleBlock?.text || fileName.replace(/\.[^.]+$/, '') || 'Imported guide';
  const ids = new IdRegistry();
  const courseId = slugify(title) || 'imported-guide';
  ids.take(courseId, 'imported-guide');
  const skipped: ReportLine[] = [];
  const notes: ReportLine[] = [];

  // Resources: every http(s) link, once, titled by its text, kind from its section and address.
  const resources: { id: string; title: string; kind: string; url: string }[] = [];
  const resourceByUrl = new Map<string, string>();
  const anchors: number[] = [];
  let section = '';
  for (const b of blocks) {
    if (b.node.type === 'heading') section = (b as HeadingBlock).text;
    for (const link of b.links) {
      if (link.url.startsWith('#')) {
        anchors.push(link.line);
        continue;
      }
      if (!/^https?:\/\//i.test(link.url)) {
        skipped.push({ line: link.line, message: `link "${link.title || link.url}" → ${link.url}: not a web address, not made a resource` });
        continue;
      }
      // A direction override makes a link read as another address than the one it opens (issue 14).
      if (hasControlCharacters(link.url)) {
        skipped.push({ line: link.line, message: `link "${link.title || link.url}": its address holds control or bidi characters, not made a resource` });
        continue;
      }
      if (resourceByUrl.has(link.url)) continue;
      const id = ids.take(link.title, `link-${resources.length + 1}`);
      resourceByUrl.set(link.url, id);
      resources.push({ id, title: link.title, kind: kindOf(link.url, `${section} ${link.title}`), url: link.url });
    }
    for (const fake of b.lookalikes) skipped.push({ line: fake.line, message: `"${fake.text}" looks like a task but is not a task-list checkbox: kept as text` });
  }
  if (anchors.length) skipped.push({ line: anchors[0]!, message: `${anchors.length} link${anchors.length === 1 ? '' : 's'} to sections of the guide itself (#…): not resources` });

  const checked: string[] = [];
  let topicCount = 0;
  let itemCount = 0;
  const weekFiles: Record<string, string> = {};
  structure.units.forEach((unit, index) => {
    const number = index + 1;
    const week = buildWeek(unit, number, ids, resourceByUrl, language === 'ko' ? '소개' : 'Introduction');
    for (const task of unit.tasks.filter((t) => t.inTable)) notes.push({ line: task.line, message: `"${task.text}" in a table cell was imported as a checklist item` });
    topicCount += week.topics.length;
    itemCount += week.items.length;
    checked.push(...week.checked);
    weekFiles[`weeks/${String(number).padStart(2, '0')}.yaml`] = yamlFile(week.data, `Week ${number} of ${structure.units.length}, imported from ${fileName} (line ${unit.line}).`);
  });
  if (structure.kind === 'sections') notes.push({ line: 1, message: 'no weeks, stages or modules found: each top-level section became a unit' });
  for (const extra of structure.extraUnits) notes.push({ line: structure.units.find((u) => u.title === extra)?.line ?? 1, message: `"${extra}" has tasks outside any week: it became a unit of its own` });

  const description = firstSentence(blocks.filter((b) => b !== titleBlock), '');
  const course = {
    formatVersion: 1,
    id: courseId,
    version: '1.0.0',
    languages: [language],
    title,
    ...(description ? { description } : {}),
    ...(resources.length ? { resources } : {}),
  };
  return {
    courseId,
    title,
    language,
    files: { 'course.yaml': yamlFile(course, `Imported from ${fileName} by \`mlops-study import\`. Format: docs/curriculum-format.md`), ...weekFiles },
    checked,
    report: { structure: structure.kind, weeks: structure.units.length, topics: topicCount, items: itemCount, resources: resources.length, extraUnits: structure.extraUnits, skipped: skipped.sort((a, b) => a.line - b.line), notes: notes.sort((a, b) => a.line - b.line) },
  };
}

function buildWeek(unit: Unit, number: number, ids: IdRegistry, resourceByUrl: Map<string, string>, introTitle: string) {
  const topics: { id: string; title: string; summary: string; notes: string }[] = [];
  // The unit's own content, split at its headings: text before the first one is the overview.
  let current: { title: string; blocks: Block[] } = { title: unit.title, blocks: [] };
  const parts = [current];
  const depth = Math.min(...unit.blocks.filter((b): b is HeadingBlock => b.node.type === 'heading').map((h) => h.depth));
  for (const b of unit.blocks) {
    if (b.node.type === 'heading' && (b as HeadingBlock).depth === depth) parts.push((current = { title: (b as HeadingBlock).text, blocks: [] }));
    else current.blocks.push(b);
  }
  // Text before the guide's first section has no heading of its own: it is the introduction.
  for (const part of [...parts, ...unit.attached.map((a) => (a.title ? a : { ...a, title: introTitle }))]) {
    const notes = notesOf(part.blocks);
    if (!notes || !part.title || isContents(part.blocks)) continue;
    topics.push({ id: ids.take(part.title, `topic-${number}-${topics.length + 1}`), title: part.title, summary: firstSentence(part.blocks, part.title), notes });
  }
  const checked: string[] = [];
  const items = unit.tasks
    .filter((t) => t.text)
    .map((task, i) => {
      const id = ids.take(task.text, `item-${number}-${i + 1}`);
      if (task.checked) checked.push(id);
      return { id, source: 'checklist', text: task.text };
    });
  const weekResources = [...new Set(unit.links.map((l) => resourceByUrl.get(l.url)).filter((id): id is string => Boolean(id)))];
  const data = {
    week: number,
    id: ids.take(`week-${number}`, `week-${number}`),
    title: unit.title,
    ...(topics.length ? { topics } : {}),
    ...(items.length ? { items } : {}),
    ...(weekResources.length ? { resources: weekResources } : {}),
  };
  return { data, topics, items, checked };
}

function yamlFile(data: unknown, comment: string): string {
  const doc = new Document(data);
  doc.commentBefore = ` ${comment}`;
  return doc.toString({ lineWidth: 0, blockQuote: 'literal' });
}

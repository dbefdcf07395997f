/**
 * One unit (a week or an appendix unit) as curriculum data: its topics (split
 * at its headings, sections attached whole), its checklist items and its
 * resources. Topics too large for one file are split (see sizes.ts).
 */
import { clean, linksOf, type Block } from './ir.js';
import { firstSentence, notesOf } from './notes.js';
import { isContents } from './place.js';
import { splitNotes } from './sizes.js';
import type { IdRegistry } from './slug.js';
import type { Unit } from './structure.js';
import { extractTasks, type Lookalike, type Task } from './tasks.js';

export interface TopicData {
  id: string;
  title: string;
  summary: string;
  notes: string;
}

export interface ItemData {
  id: string;
  source: 'checklist';
  text: string;
  aliases?: string[];
}

export interface BuiltUnit {
  unit: Unit;
  topics: TopicData[];
  items: (ItemData & { checked: boolean; line: number; mark: string; origin: Task['origin'] })[];
  resources: string[];
  lookalikes: Lookalike[];
  /** Topics whose notes were cut into parts (too large for one file). */
  splitTopics: string[];
}

// A section of questions keeps its own heading even when it sits deeper than the unit's other sections.
const QUESTIONS = /질문|퀴즈|quiz|questions|review|복습|문제|self-check|확인\s*문제/i;

export function buildUnit(unit: Unit, key: string, ids: IdRegistry, resourceByUrl: Map<string, string>, topicColumn?: string): BuiltUnit {
  const topics: TopicData[] = [];
  const splitTopics: string[] = [];
  const lookalikes: Lookalike[] = [];
  const tasks: Task[] = [...unit.tasks];
  const addTopic = (title: string, blocks: Block[], extra = '', summary = '') => {
    const found = extractTasks(blocks, topicColumn);
    tasks.push(...found.tasks);
    lookalikes.push(...found.lookalikes);
    if (isContents(found.rest)) return;
    const notes = [extra, notesOf(found.rest)].filter(Boolean).join('\n\n');
    if (!notes || !title) return;
    const parts = splitNotes(notes);
    if (parts.length > 1) splitTopics.push(title);
    parts.forEach((part, i) => {
      const t = parts.length > 1 ? `${title} (${i + 1}/${parts.length})` : title;
      topics.push({ id: ids.take(t, `topic-${key}-${topics.length + 1}`), title: t, summary: (i === 0 && summary) || firstSentence(i === 0 ? found.rest : [], t), notes: part });
    });
  };
  if (unit.details) addTopic(unit.details.title, [], unit.details.notes, unit.details.summary);
  // The unit's own content, split at its top headings (and at question sections): text before them is the overview.
  const headings = unit.blocks.filter((b) => b.type === 'heading');
  const depth = Math.min(...headings.map((h) => h.depth));
  let part: { title: string; blocks: Block[] } = { title: unit.title, blocks: [] };
  const parts = [part];
  for (const b of unit.blocks) {
    if (b.type === 'heading' && (b.depth === depth || QUESTIONS.test(b.inline.text))) parts.push((part = { title: clean(b.inline.text), blocks: [] }));
    else part.blocks.push(b);
  }
  for (const p of [...parts, ...unit.attached]) addTopic(p.title, p.blocks);
  const items = tasks
    .filter((t) => t.text)
    .map((t, i) => ({ id: ids.take(t.text, `item-${key}-${i + 1}`), source: 'checklist' as const, text: t.text, checked: t.checked, line: t.line, mark: t.mark, origin: t.origin }));
  const links = [...linksOf(unit.blocks), ...unit.attached.flatMap((a) => linksOf(a.blocks))];
  const resources = [...new Set(links.map((l) => resourceByUrl.get(l.url)).filter((id): id is string => Boolean(id)))];
  // The unit's blocks are now topics and items: let go of them (a 5 MB guide's blocks are ~80 MB).
  unit.blocks = [];
  unit.attached = [];
  return { unit, topics, items, resources, lookalikes, splitTopics };
}

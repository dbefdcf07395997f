/**
 * The loaded, validated curriculum. Plain JSON-serialisable data: it is what
 * the cache stores, so no Dates, Maps or class instances in here.
 */
import { isLang, pick, type Lang, type Localized } from '../i18n/lang.js';

export const FORMAT_VERSION = 1;

export interface Link {
  title: Localized;
  url: string;
}

export interface Command {
  command: string;
  description: Localized;
}

export interface Exercise {
  task: Localized;
  expected: Localized;
}

export interface Topic {
  id: string;
  week: number;
  title: Localized;
  summary: Localized;
  notes: Localized;
  commands: Command[];
  exercise?: Exercise;
  pitfalls: Localized[];
  links: Link[];
  tools: string[];
}

export type ItemSource = 'roadmap' | 'checklist' | 'project' | 'process' | 'extra';

export interface Item {
  id: string;
  week: number;
  text: Localized;
  source: ItemSource;
  topic?: string;
  project?: string;
  aliases: string[];
  /** Other items of the same week with the same text in some language (the guide lists a checkbox twice). */
  sameText?: string[];
  /** What `verify` looks for in the learner's project; absent: a manual item. Not in the index. */
  verify?: Probe[];
}

export type GitFact = 'repository' | 'commits' | 'branch' | 'tag' | 'remote' | 'merges' | 'ignored';
export type DockerfileFact = 'multi-stage' | 'non-root-user' | 'healthcheck' | 'exec-form-cmd';
export type DataFormat = 'yaml' | 'json' | 'toml';

/** One thing verify checks (docs/curriculum-format.md, "Verify probes"). Paths are relative to the project. */
export type ProbeCheck =
  | { kind: 'exists'; path: string; min: number; committed?: boolean }
  | { kind: 'absent'; path: string; committed?: boolean }
  | { kind: 'file'; path: string; matches?: string; notMatches?: string; ignoreCase: boolean }
  | { kind: 'data'; format: DataFormat; path: string; key: string[]; equals?: string | number | boolean; matches?: string; ignoreCase: boolean; min?: number; missing?: boolean }
  | { kind: 'git'; fact: GitFact; min: number; paths?: string[]; matches?: string }
  | { kind: 'dockerfile'; path: string; fact: DockerfileFact }
  | { kind: 'any'; any: ProbeCheck[] };

export interface Probe {
  check: ProbeCheck;
  /** Shown when the check fails: what is missing and what to do. */
  message: Localized;
  /** The topic to read when it fails (default: the item's). */
  topic?: string;
  /** On the item that stands for handing in the assignment: which deliverable (1-based) this checks. */
  deliverable?: number;
}

export interface Assignment {
  title: Localized;
  description: Localized;
  deliverables: Localized[];
  bring: Localized[];
}

export interface Week {
  /** 1, 2, 3…; 0 for an appendix unit (not a week: not counted, not scheduled). */
  number: number;
  id: string;
  file: string;
  /** The guide's own name for it ("Week 0", "0주차", "PART 2"), for display only. */
  label?: Localized;
  title: Localized;
  summary: Localized;
  goals: Localized[];
  topics: Topic[];
  items: Item[];
  assignment?: Assignment;
  resources: string[];
}

export type ResourceKind = 'course' | 'book' | 'docs' | 'blog' | 'video' | 'article';

export interface Resource {
  id: string;
  title: Localized;
  kind: ResourceKind;
  url?: string;
  authors?: string;
  description: Localized;
  /** 'course' for the guide's own reading list, 'tool' for a tool's docs. */
  origin: 'course' | 'tool';
}

export interface ToolCategory {
  id: string;
  title: Localized;
}

export interface Tool {
  id: string;
  name: string;
  category: string;
  purpose: Localized;
  whenToPick: Localized;
  url: string;
  docs?: string;
  installCheck?: string;
  weeks: number[];
}

export interface LifecyclePoint {
  text: Localized;
  weeks: number[];
  tools: string[];
}

export interface LifecycleStage {
  id: string;
  number: number;
  title: Localized;
  points: LifecyclePoint[];
  weeks: number[];
  tools: string[];
}

export interface Project {
  id: string;
  title: Localized;
  goal: Localized;
}

export interface ProcessStep {
  id: string;
  title: Localized;
  description: Localized;
}

/** A stage of the guide's roadmap (학습 로드맵): its length there, and the weeks of this course that cover it. */
export interface RoadmapStage {
  id: string;
  /** 1-based, in the order of the file. */
  number: number;
  title: Localized;
  /** Weeks the guide gives the stage: [at least, at most]. */
  duration: [number, number];
  weeks: number[];
  /** The checklist items the guide lists under this stage. */
  items: string[];
}

export interface Roadmap {
  /** How the course's weeks map onto the roadmap's stages. */
  note: Localized;
  stages: RoadmapStage[];
}

/** A section of the guide's own checklist (학습 체크리스트), naming the items it lists. */
export interface ChecklistSection {
  id: string;
  title: Localized;
  items: string[];
}

/** A release the notes were checked against. */
export interface PinnedVersion {
  /** A tool ID, or the package name when the package is not one of the tools. */
  tool: string;
  package: string;
  version: string;
  /** YYYY-MM-DD */
  checked: string;
  source: string;
  note: Localized;
}

export type QuestionType = 'single' | 'multiple' | 'truefalse' | 'short' | 'order' | 'match';

export interface Choice {
  id: string;
  text: Localized;
}

interface QuestionBase {
  id: string;
  week: number;
  topic: string;
  prompt: Localized;
  explanation: Localized;
  /** Official documentation page where the fact can be checked. */
  source?: string;
  aliases: string[];
}

export type Question = QuestionBase &
  (
    | { type: 'single'; choices: Choice[]; answer: string }
    | { type: 'multiple'; choices: Choice[]; answer: string[] }
    | { type: 'truefalse'; answer: boolean }
    | { type: 'short'; accept: string[]; /** Compare punctuation too (commands, file names, code). */ exact?: boolean }
    | { type: 'order'; choices: Choice[]; answer: string[] }
    | { type: 'match'; left: Choice[]; right: Choice[]; answer: Record<string, string> }
  );

export interface Curriculum {
  formatVersion: number;
  id: string;
  version: string;
  languages: Lang[];
  title: Localized;
  description: Localized;
  dir: string;
  weeks: Week[];
  /** Units that are not weeks (appendix/*.yaml): their items count in the totals, not in the schedule. */
  appendix: Week[];
  tools: Tool[];
  toolCategories: ToolCategory[];
  resources: Resource[];
  lifecycle: LifecycleStage[];
  projects: Project[];
  process: ProcessStep[];
  roadmap: Roadmap;
  checklist: ChecklistSection[];
  versions: PinnedVersion[];
  questions: Question[];
}

/**
 * The part of a curriculum that the everyday commands (next, status, check,
 * export, group) need: no study notes, no question texts, no tools or
 * lifecycle, and every text in one language. Cached on its own, per language,
 * so those commands parse a small fraction of the JSON.
 */
export type TopicRef = Pick<Topic, 'id' | 'week' | 'title' | 'summary' | 'tools'>;
export type QuestionRef = Pick<Question, 'id' | 'week' | 'topic' | 'type' | 'aliases'>;
export type ResourceRef = Pick<Resource, 'id' | 'title' | 'kind' | 'url' | 'origin'>;
export interface WeekIndex extends Omit<Week, 'topics'> {
  topics: TopicRef[];
}
export interface CurriculumIndex extends Omit<Curriculum, 'weeks' | 'appendix' | 'questions' | 'tools' | 'toolCategories' | 'lifecycle' | 'resources' | 'versions'> {
  weeks: WeekIndex[];
  appendix: WeekIndex[];
  questions: QuestionRef[];
  resources: ResourceRef[];
}

/**
 * The reference part that `tools`, `resources` and `show` (a week, tool,
 * project, the lifecycle, roadmap or versions) need beyond the index, in one language: a few
 * KB instead of the whole curriculum. Category titles keep both languages,
 * since `tools --category` takes either.
 */
export interface CurriculumCatalog {
  tools: Tool[];
  toolCategories: ToolCategory[];
  lifecycle: LifecycleStage[];
  resources: Resource[];
  versions: PinnedVersion[];
}

export function catalogOf(curriculum: Curriculum, lang: Lang): CurriculumCatalog {
  const { tools, lifecycle, resources, versions } = curriculum;
  return { ...inLanguage({ tools, lifecycle, resources, versions }, lang), toolCategories: curriculum.toolCategories };
}

export function indexOf(curriculum: Curriculum, lang: Lang): CurriculumIndex {
  const { tools: _tools, toolCategories: _categories, lifecycle: _lifecycle, versions: _versions, ...rest } = curriculum;
  return inLanguage(
    {
      ...rest,
      weeks: curriculum.weeks.map(weekIndex),
      appendix: curriculum.appendix.map(weekIndex),
      questions: curriculum.questions.map(({ id, week, topic, type, aliases }) => ({ id, week, topic, type, aliases })),
      resources: curriculum.resources.map(({ id, title, kind, url, origin }) => ({ id, title, kind, ...(url ? { url } : {}), origin })),
    },
    lang,
  );
}

const weekIndex = (w: Week): WeekIndex => ({
  ...w,
  topics: w.topics.map(({ id, week, title, summary, tools }) => ({ id, week, title, summary, tools })),
  // Probes are for verify alone, which reads the full curriculum.
  items: w.items.map(({ verify: _verify, ...item }) => item),
});

/** Weeks, then appendix units: every unit that holds items. */
export const allUnits = <W>(curriculum: { weeks: W[]; appendix?: W[] }): W[] => [...curriculum.weeks, ...(curriculum.appendix ?? [])];

/**
 * Every Localized text in `value` reduced to `lang` (with pick's fallback), so
 * `pick(text, lang)` still answers the same. Only for index data, where the
 * only objects keyed by language codes are texts.
 */
export function inLanguage<T>(value: T, lang: Lang): T {
  if (Array.isArray(value)) return value.map((v) => inLanguage(v, lang)) as T;
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  if (entries.length > 0 && entries.every(([k, v]) => isLang(k) && typeof v === 'string')) return { [lang]: pick(value as Localized, lang) } as T;
  return Object.fromEntries(entries.map(([k, v]) => [k, inLanguage(v, lang)])) as T;
}

/**
 * `mlops-study __complete <words…>`: the candidates for the last word, the
 * protocol of cobra-based CLIs such as gh: one candidate per line, optionally
 * `value<TAB>description`, then `:<directive>` telling the shell what to do
 * when nothing fits (see DIRECTIVE). The scripts of `completion` call it on
 * every Tab. The words are those after the program name; the last one is the
 * word being completed (empty after a space).
 */
import type { CurriculumCatalog, CurriculumIndex } from '../../curriculum/types.js';
import { describe } from '../../i18n/help.js';
import { isLang, type Lang } from '../../i18n/lang.js';
import { messages } from '../../i18n/messages.js';
import { terminalLine } from '../../util/untrusted.js';
import { currentWeek } from '../../plan/weeks.js';
import { courseOf, emptyCourse, type Progress } from '../../progress/types.js';
import { categoryCandidates, itemCandidates, targetCandidates, topicCandidates, weekCandidates, type Candidate, type Position } from './candidates.js';
import { COMMANDS, GLOBAL_OPTIONS, type CommandSpec, type OptionSpec, type ValueKind } from './spec.js';

/** cobra's ShellCompDirective bits, which the scripts understand. */
export const DIRECTIVE = { default: 0, noSpace: 2, noFiles: 4, fileExt: 8, dirs: 16, keepOrder: 32 } as const;

export interface Completion {
  candidates: Candidate[];
  directive: number;
}

export interface CompletionSource {
  /** From the environment (LANG); the profile's language and a --lang on the line come first. */
  lang: Lang;
  today: string;
  /** Undefined when the progress file is damaged: IDs are still offered, in curriculum order. */
  progress: Progress | undefined;
  /** The curriculum in `dir` (the default one when undefined) in `lang`; undefined when it cannot be read. */
  index(dir: string | undefined, lang: Lang): Promise<CurriculumIndex | undefined>;
  catalog(dir: string | undefined, lang: Lang): Promise<CurriculumCatalog | undefined>;
}

interface Line {
  /** The first word that is not an option: a command's name, or not. */
  word?: string;
  command?: CommandSpec;
  sub?: CommandSpec;
  positionals: string[];
  used: Set<OptionSpec>;
  values: Map<string, string>;
  /** An option waiting for its value: the word being completed is that value. */
  pending?: OptionSpec;
  endOfOptions: boolean;
}

const findOption = (flag: string, options: OptionSpec[]) => options.find((o) => o.flags.includes(flag));

function parse(words: string[]): Line {
  const line: Line = { positionals: [], used: new Set(), values: new Map(), endOfOptions: false };
  for (const word of words) {
    const spec = line.sub ?? line.command;
    if (line.pending) {
      line.values.set(line.pending.flags.at(-1)!, word);
      line.pending = undefined;
    } else if (!line.endOfOptions && word === '--') line.endOfOptions = true;
    else if (!line.endOfOptions && word.startsWith('-') && word.length > 1) {
      const [flag, ...rest] = word.split('=');
      const option = findOption(flag!, [...(spec?.options ?? []), ...GLOBAL_OPTIONS]);
      if (!option) continue;
      line.used.add(option);
      if (option.value && rest.length) line.values.set(option.flags.at(-1)!, rest.join('='));
      else if (option.value) line.pending = option;
    } else if (line.word === undefined) {
      line.word = word;
      line.command = COMMANDS.find((c) => c.name === word);
    } else if (line.command?.subcommands && !line.sub && !line.positionals.length && line.command.subcommands.some((s) => s.name === word)) line.sub = line.command.subcommands.find((s) => s.name === word);
    else line.positionals.push(word);
  }
  return line;
}

export async function complete(words: string[], source: CompletionSource): Promise<Completion> {
  const current = words.at(-1) ?? '';
  const line = parse(words.slice(0, -1));
  const flagLang = line.values.get('--lang');
  const lang = isLang(flagLang) ? flagLang : (source.progress?.profile.lang ?? source.lang);
  const m = messages(lang);
  const dir = line.values.get('--curriculum');
  const spec = line.sub ?? line.command;
  const only = (candidates: Candidate[], directive: number = DIRECTIVE.noFiles, prefix = current): Completion => ({
    candidates: candidates.filter((c) => c.value.startsWith(prefix)),
    directive,
  });

  async function values(kind: ValueKind | undefined, prefix: string, exclude: string[] = []): Promise<Completion> {
    const index = ['item', 'target', 'topic', 'week'].includes(kind ?? '') ? await source.index(dir, lang) : undefined;
    const course = index && source.progress ? courseOf(source.progress, index.id) : emptyCourse();
    const startDate = source.progress?.profile.startDate ?? source.today;
    const at: Position = { week: index ? currentWeek(startDate, source.today, index.weeks.length).week : 1, lang, m };
    const ordered = DIRECTIVE.noFiles | DIRECTIVE.keepOrder;
    switch (kind) {
      case 'item': {
        const week = Number(line.values.get('--week'));
        const items = index ? itemCandidates(index, course, at, { undo: [...line.used].some((o) => o.flags.includes('--undo')), ...(week ? { week } : {}), exclude }) : [];
        return only(items, ordered, prefix);
      }
      case 'target':
        return only(index ? targetCandidates(index, await source.catalog(dir, lang), at, prefix) : [], ordered, prefix);
      case 'topic':
        return only(index ? topicCandidates(index, at).filter((c) => !exclude.includes(c.value)) : [], ordered, prefix);
      case 'week':
        return only(index ? weekCandidates(index, at) : [], ordered, prefix);
      case 'lang':
        return only(['ko', 'en'].map((l) => ({ value: l, description: m.completeLang(l) })), DIRECTIVE.noFiles, prefix);
      case 'category':
        return only(categoryCandidates(await source.catalog(dir, lang), lang), DIRECTIVE.noFiles, prefix);
      case 'format':
        return only(['json', 'md', 'anki'].map((f) => ({ value: f, description: m.completeFormat(f) })), DIRECTIVE.noFiles, prefix);
      case 'shell':
        return only(['bash', 'zsh', 'fish'].map((s) => ({ value: s, description: m.completeShell(s) })), DIRECTIVE.noFiles, prefix);
      case 'weeks-from':
        return only(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'list', 'sections'].map((value) => ({ value })), DIRECTIVE.noFiles, prefix);
      case 'date':
        return only([{ value: source.today, description: m.completeToday }], DIRECTIVE.noFiles, prefix);
      case 'dir':
        return { candidates: [], directive: DIRECTIVE.dirs };
      case 'file':
        return { candidates: [], directive: DIRECTIVE.default };
      case 'markdown':
        return { candidates: [{ value: 'md' }, { value: 'markdown' }], directive: DIRECTIVE.fileExt };
      default:
        return { candidates: [], directive: DIRECTIVE.noFiles };
    }
  }

  // An unknown command: nothing to offer, and no guess.
  if (line.word !== undefined && !line.command && line.word !== 'help') return { candidates: [], directive: DIRECTIVE.default };
  if (line.pending) return values(line.pending.value, current);
  if (!line.endOfOptions && current.startsWith('-')) {
    const eq = current.indexOf('=');
    if (eq > 0) {
      // --week=2: the value, written after the flag.
      const option = findOption(current.slice(0, eq), [...(spec?.options ?? []), ...GLOBAL_OPTIONS]);
      const found = await values(option?.value, current.slice(eq + 1));
      return { candidates: found.candidates.map((c) => ({ ...c, value: `${current.slice(0, eq + 1)}${c.value}` })), directive: DIRECTIVE.noFiles };
    }
    const options = [...(spec?.options ?? []), ...GLOBAL_OPTIONS].filter((o) => o.repeatable || !line.used.has(o));
    const long = options.map((o) => ({ value: o.flags.at(-1)!, description: describe(o.describe, lang) }));
    const short = options.filter((o) => o.flags.length > 1).map((o) => ({ value: o.flags[0]!, description: describe(o.describe, lang) }));
    const found = only(long);
    return found.candidates.length || current.startsWith('--') ? found : only(short);
  }
  if (!line.command) {
    // `help <command>` takes one command name.
    if (line.word === 'help' && line.positionals.length) return only([]);
    return only(COMMANDS.map((c) => ({ value: c.name, description: describe(c.describe, lang) })));
  }
  if (spec!.subcommands && !line.sub && !line.positionals.length) {
    const subs = only(spec!.subcommands.map((s) => ({ value: s.name, description: describe(s.describe, lang) })));
    // `group [dir]` or `group sync`: the subcommand when it fits, else a directory.
    return subs.candidates.length || !spec!.args ? subs : values(spec!.args, current);
  }
  if (!spec!.args || (!spec!.variadic && line.positionals.length)) return only([]);
  return values(spec!.args, current, line.positionals);
}

/**
 * The protocol's text: a line per candidate, then the directive. Descriptions
 * are curriculum text (someone else's, for a group's own curriculum): tabs
 * and line breaks become spaces, and other control or bidi characters are
 * shown, never acted on by the terminal (src/util/untrusted.ts).
 */
export function formatCompletion({ candidates, directive }: Completion): string {
  const clean = (text: string) => terminalLine(text.replace(/[\t\n\r]+/g, ' ').replace(/ {2,}/g, ' ').trim());
  const lines = candidates.map((c) => {
    const description = c.description ? clean(c.description) : '';
    const short = description.length > 80 ? `${description.slice(0, 79)}…` : description;
    return short ? `${clean(c.value)}\t${short}` : clean(c.value);
  });
  return [...lines, `:${directive}`].join('\n');
}

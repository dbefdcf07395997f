/**
 * The question bank as an Anki "notes in plain text" file: what Anki's
 * File → Import reads without asking for settings. Pure: questions in, text out,
 * the same bytes every time.
 *
 * Checked against Anki's manual (docs.ankiweb.net/importing/text-files.html)
 * and its importer (rslib/src/import_export/text/csv/): header lines
 * `#key:value` at the top, then one note per line, fields separated by tabs.
 *
 * - Columns: front, back, tags, deck, GUID. No `#columns` header: with one,
 *   Anki maps columns to fields by name, and a Korean Anki's Basic note type
 *   names its fields 앞면/뒷면, not Front/Back; by position, the first two
 *   columns are always the first two fields.
 * - `#notetype` twice: Anki names its built-in note type in the language it was
 *   set up in (Basic, or 기본 in Korean), and ignores a header naming a note
 *   type the collection lacks, so the one it has is taken.
 * - A deck column rather than `#deck`: Anki applies `#deck` only to a deck that
 *   exists already, but creates the deck a deck column names.
 * - A GUID per question and language: importing a newer export updates those
 *   notes in place (their review history kept) instead of adding copies.
 * - `#html:true`: fields are HTML, so text is HTML-escaped and a line break is
 *   `<br>`; a field holding a tab, a quotation mark or a line break is quoted,
 *   with quotation marks doubled, as the manual says, and so is a first field
 *   that starts with `#` (Anki would read the line as a comment).
 */
import type { Question } from '../../curriculum/types.js';
import type { Lang } from '../../i18n/lang.js';
import type { Messages } from '../../i18n/messages.js';
import { terminalLine } from '../../util/untrusted.js';
import { ankiCard } from './anki-cards.js';

export interface AnkiDeck {
  curriculumId: string;
  /** The course title in the export's language: the deck's name. */
  title: string;
  lang: Lang;
  m: Messages;
  /** Topic titles by ID, and how to open one (`mlops-study show <id>`). */
  topics: Map<string, string>;
  showCommand: (topicId: string) => string;
}

/** Basic's name in English and in Korean Anki; the last one the collection has wins. */
export const NOTE_TYPES = ['Basic', '기본'];

export function renderAnki(questions: Question[], deck: AnkiDeck): string {
  const name = deckName(deck.title, deck.curriculumId);
  const lines = ['#separator:tab', '#html:true', ...NOTE_TYPES.map((t) => `#notetype:${t}`), '#tags column:3', '#deck column:4', '#guid column:5'];
  for (const q of sortedQuestions(questions)) {
    const title = deck.topics.get(q.topic);
    const card = ankiCard(q, { lang: deck.lang, m: deck.m, ...(title ? { topic: { title, command: deck.showCommand(q.topic) } } : {}) });
    const tags = [deck.curriculumId, q.week > 0 ? `week-${q.week}` : 'appendix', q.topic];
    const guid = `${deck.curriculumId}:${q.id}:${deck.lang}`;
    lines.push([ankiField(card.front, true), ankiField(card.back), ankiField(tags.join(' ')), ankiField(name), ankiField(guid)].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

/** Week by week, in the curriculum's order within a week (a stable sort keeps it). */
export function sortedQuestions(questions: Question[]): Question[] {
  return [...questions].sort((a, b) => (a.week || Infinity) - (b.week || Infinity));
}

/**
 * One field as Anki's reader (the csv crate: tab-separated, `"` quotes, `""`
 * inside quotes, `#` starts a comment line) reads it back unchanged.
 */
export function ankiField(value: string, first = false): string {
  return /[\t\n\r"]/.test(value) || (first && value.startsWith('#')) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The deck: the course's title on one line. `::` would make subdecks, and a
 * name of digits only would be read as a deck ID.
 */
export function deckName(title: string, fallback: string): string {
  const name = terminalLine(title.replace(/[\t\r\n]+/g, ' ')).replace(/::+/g, ':').trim();
  return !name || /^-?\d+$/.test(name) ? `${fallback} ${name}`.trim() : name;
}

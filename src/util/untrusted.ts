/**
 * The one boundary for text that other people wrote: group snapshots,
 * curricula, imported guides, file names and git's output. Every such string
 * passes one of these functions before it reaches a terminal, a Markdown or
 * HTML document, or JSON, so no file can move the cursor, clear the screen,
 * set the window title, write the clipboard (OSC 52) or reverse how a line
 * reads (bidi overrides). Characters are shown visibly (`\u001b`), never
 * silently dropped: a learner sees that something odd was there.
 */

/**
 * C0 controls (tab and line feed are handled per use), DEL, C1 controls
 * (U+009B is a one-byte CSI), the bidi embeddings, overrides and isolates,
 * and the invisible direction marks.
 */
const UNSAFE_CLASS = '\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
const UNSAFE_IN_TEXT = new RegExp(`[${UNSAFE_CLASS}]`, 'g');
const UNSAFE_IN_LINE = new RegExp(`[\\t\\n${UNSAFE_CLASS}]`, 'g');
const UNSAFE_ANY = new RegExp(`[\\t\\n${UNSAFE_CLASS}]`);
/** Bidi controls alone: never wanted inside a URL, an ID or a name. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const visible = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Multi-line text for a terminal (notes, explanations, error messages):
 * line breaks and tabs stay, CRLF becomes LF, every other control or bidi
 * character is shown as `\uXXXX`.
 */
export function terminalText(text: string): string {
  return String(text).replace(/\r\n/g, '\n').replace(UNSAFE_IN_TEXT, visible);
}

/** One line for a terminal (a name, an ID, a file name, a table cell): line breaks are shown too. */
export function terminalLine(text: string): string {
  return String(text).replace(UNSAFE_IN_LINE, visible);
}

/** True when `text` holds a control or bidi character (line breaks and tabs included). */
export function hasControlCharacters(text: string): boolean {
  return UNSAFE_ANY.test(text);
}

/** True when `text` holds a bidi control character. */
export function hasBidiCharacters(text: string): boolean {
  return BIDI.test(text);
}

/** The first control or bidi character of `text` as `U+XXXX`, for messages. */
export function firstControlCharacter(text: string): string | undefined {
  const match = UNSAFE_ANY.exec(text);
  return match ? `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

/**
 * Text inside a Markdown line (a list item, a table cell, a heading): the
 * characters Markdown would act on are backslash-escaped, `&` included (an
 * entity such as `&#x202E;` would otherwise become the character it names),
 * a line break becomes a space, and control and bidi characters are shown.
 */
export function markdownText(text: string): string {
  return terminalLine(String(text).replace(/\r?\n|\r|\t/g, ' ')).replace(/([\\`*_[\]<>|#~&])/g, '\\$1');
}

/** Inline code: backticks cannot end it early, nothing inside is markup. */
export function markdownCode(text: string): string {
  const clean = terminalLine(String(text).replace(/\r?\n|\r|\t/g, ' ')).replace(/`/g, "'");
  return `\`${clean}\``;
}

/** A plain http(s) address with nothing a Markdown autolink or an HTML attribute could trip on: safe to make a link of. */
export function webAddress(text: string): boolean {
  return /^https?:\/\/[^\s<>"'`\\]+$/.test(text) && !hasControlCharacters(text);
}

/** Evidence in Markdown: a plain web address as an autolink, anything else (a commit, a run ID, a path) as inline code. */
export function markdownEvidence(evidence: string): string {
  return webAddress(evidence) ? `<${evidence}>` : markdownCode(evidence);
}

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML element content or a quoted attribute; control and bidi characters shown. */
export function htmlText(text: string): string {
  return terminalText(String(text)).replace(/[&<>"']/g, (ch) => HTML[ch]!);
}

/** Characters JSON.stringify leaves raw that a terminal or a browser acts on: DEL, C1, bidi, and the JavaScript line separators. */
const JSON_RAW = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON for stdout or a shared file: data stays data (it parses back to the
 * same value), and every control and bidi character is written as a `\u`
 * escape, so `cat` or a terminal never acts on it.
 */
export function jsonText(value: unknown, indent: number | undefined = 2): string {
  return JSON.stringify(value, null, indent).replace(JSON_RAW, visible);
}

/**
 * The last line of defence, for everything mlops-study writes to a terminal:
 * colour codes (SGR, `ESC [ … m`) pass, every other control or bidi
 * character is shown as `\uXXXX`. Renderers already escape what they take
 * from files; this catches what one might forget. Returns the text unchanged
 * (the same string) when nothing needed escaping.
 */
export function terminalOutput(text: string): string {
  if (!UNSAFE_IN_OUTPUT.test(text)) return text;
  return text.replace(OUTPUT_UNSAFE, (match) => (match.length > 1 ? match : visible(match)));
}
const UNSAFE_IN_OUTPUT = new RegExp(`[${UNSAFE_CLASS}]`);
// Our own colour codes, one at a time, else any single unsafe character (an ESC that starts no colour code included).
const OUTPUT_UNSAFE = new RegExp(`\\u001b\\[[0-9;]*m|[${UNSAFE_CLASS}]`, 'g');

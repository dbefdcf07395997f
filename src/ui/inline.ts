/**
 * Inline markdown of study notes: `code`, *emphasis*, **strong**, [links](…)
 * and <autolinks>. Emphasis follows CommonMark's delimiter-run rules (a run of
 * `*` opens when left-flanking, closes when right-flanking, the rule of
 * three), with the CJK-friendly amendment (github.com/tats-u/markdown-cjk-friendly,
 * proposed for CommonMark): a run next to punctuation still flanks when a
 * Korean, Chinese or Japanese character stands on its other side, and CJK
 * punctuation counts as a letter. So `**"강조"**를` is strong although `"`
 * touches the run and `를` follows it without a space. CJK characters are
 * approximated by script (Hangul, Han, kana) and the CJK symbol and fullwidth
 * blocks. Code spans and link targets are never searched for `*`.
 */

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'link'; label: Inline[]; url: string }
  | { kind: 'em' | 'strong'; children: Inline[] };

interface Run {
  kind: 'run';
  count: number;
  /** Length of the run as written: the rule of three looks at it. */
  length: number;
  open: boolean;
  close: boolean;
}
type Token = Inline | Run;

/** A regular expression made on its first use: even making one of these classes costs ~0.1 ms. */
const onFirstUse = (make: () => RegExp) => {
  let re: RegExp | undefined;
  return { test: (text: string) => (re ??= make()).test(text) };
};
export const WHITESPACE = onFirstUse(() => /[\s\p{Zs}]/u);
export const PUNCTUATION = onFirstUse(() => /[\p{P}\p{S}]/u);
export const CJK = onFirstUse(() => /[\p{sc=Hangul}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u3000-\u303f\uff00-\uffef]/u);

// ASCII and Hangul syllables, nearly every character of the notes, are decided
// without the Unicode property classes: V8 first runs a regular expression in
// its interpreter, where these classes (thousands of ranges) took `show` 5 ms,
// and compiles each to machine code on its second use (0.1–0.3 ms a class at
// every start). So do the other characters our text is made of: non-ASCII
// spaces (a short list), and the symbol blocks of dashes, arrows, box drawing
// and dingbats (→, —, ─, ✔), whole ranges of punctuation and symbols. The
// regular expressions answer only for rarer characters.
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const ascii = (ch: string) => ch.length === 1 && ch.charCodeAt(0) < 0x80;
const hangulSyllable = (ch: string) => ch.length === 1 && ch >= '\uac00' && ch <= '\ud7a3';
/** No character below U+1100, nor from U+2000 to U+2E7F, is Hangul, Han, kana or CJK punctuation. */
const belowCjk = (c: number) => c < 0x1100 || (c >= 0x2000 && c < 0x2e80);
const SPACES = new Set([0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);
const spaceCode = (c: number) => SPACES.has(c) || (c >= 0x2000 && c <= 0x200a);
/** Ranges in which every character is punctuation or a symbol (checked against PUNCTUATION by the test). */
const SYMBOL_RANGES = [
  [0x2010, 0x2027],
  [0x2030, 0x205e],
  [0x2190, 0x2429],
  [0x2500, 0x2775],
  [0x2794, 0x2b73],
] as const;
const symbolCode = (c: number) => c === 0xb7 || c === 0xd7 || SYMBOL_RANGES.some(([from, to]) => c >= from && c <= to);

const isSpace = (ch: string | undefined) => ch === undefined || (ascii(ch) ? /[\t-\r ]/.test(ch) : ch.length === 1 ? spaceCode(ch.charCodeAt(0)) : WHITESPACE.test(ch));
const isCjk = (ch: string | undefined) => ch !== undefined && !ascii(ch) && (hangulSyllable(ch) || (!(ch.length === 1 && belowCjk(ch.charCodeAt(0))) && CJK.test(ch)));
/** Punctuation that is not CJK: CJK punctuation such as 。 or 「 behaves like a letter. */
const isPunct = (ch: string | undefined) =>
  ch !== undefined && (ascii(ch) ? ASCII_PUNCTUATION.test(ch) : !hangulSyllable(ch) && ((ch.length === 1 && symbolCode(ch.charCodeAt(0))) || (PUNCTUATION.test(ch) && !isCjk(ch))));

/** The character classes of the flanking rules (exported for test/ui/inline-classes.test.ts, which checks the shortcuts against the regular expressions). */
export const charClasses = { isSpace, isCjk, isPunct };

/** Whether a run of `*` between `before` and `after` (undefined: line edge) can open and close emphasis. */
export function flanking(before: string | undefined, after: string | undefined): { open: boolean; close: boolean } {
  const open = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before) || isCjk(before));
  const close = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after) || isCjk(after));
  return { open, close };
}

const CODE = /`([^`]+)`/y;
const LINK = /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/y;
const AUTOLINK = /<(https?:\/\/[^>\s]+)>/y;

/** The character (code point) before index `i`, or undefined at the start. */
const charBefore = (s: string, i: number) => (i > 0 ? [...s.slice(Math.max(0, i - 2), i)].at(-1) : undefined);
const charAt = (s: string, i: number) => (i < s.length ? String.fromCodePoint(s.codePointAt(i)!) : undefined);

export function parseInline(source: string): Inline[] {
  const tokens: Token[] = [];
  let text = '';
  const flush = () => {
    if (text) tokens.push({ kind: 'text', text });
    text = '';
  };
  // Sticky patterns, tried at each position without copying the rest of the text.
  const at = (pattern: RegExp, i: number) => {
    pattern.lastIndex = i;
    return pattern.exec(source);
  };
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === '\\' && source[i + 1] === '*') {
      text += '*';
      i += 2;
      continue;
    }
    const code = ch === '`' ? at(CODE, i) : null;
    const link = ch === '[' ? at(LINK, i) : null;
    const auto = ch === '<' ? at(AUTOLINK, i) : null;
    if (code || link || auto) {
      flush();
      if (code) tokens.push({ kind: 'code', text: code[1]! });
      else if (link) tokens.push({ kind: 'link', label: parseInline(link[1]!), url: link[2]! });
      else tokens.push({ kind: 'link', label: [{ kind: 'text', text: auto![1]! }], url: auto![1]! });
      i += (code ?? link ?? auto)![0].length;
    } else if (ch === '*') {
      flush();
      let end = i;
      while (source[end] === '*') end++;
      const length = end - i;
      tokens.push({ kind: 'run', count: length, length, ...flanking(charBefore(source, i), charAt(source, end)) });
      i = end;
    } else {
      text += ch;
      i++;
    }
  }
  flush();
  return settle(tokens);
}

/** CommonMark's "process emphasis": pair each closer with the nearest fitting opener. */
function settle(tokens: Token[]): Inline[] {
  for (let i = 0; i < tokens.length; i++) {
    const closer = tokens[i]!;
    if (closer.kind !== 'run' || !closer.close || closer.count === 0) continue;
    let found = -1;
    for (let j = i - 1; j >= 0; j--) {
      const opener = tokens[j]!;
      if (opener.kind !== 'run' || !opener.open || opener.count === 0) continue;
      const ruleOfThree = (opener.close || closer.open) && (opener.length + closer.length) % 3 === 0 && !(opener.length % 3 === 0 && closer.length % 3 === 0);
      if (ruleOfThree) continue;
      found = j;
      break;
    }
    if (found < 0) continue;
    const opener = tokens[found] as Run;
    const used = opener.count >= 2 && closer.count >= 2 ? 2 : 1;
    opener.count -= used;
    closer.count -= used;
    const children = tokens.slice(found + 1, i).map(literal).filter(nonEmpty);
    tokens.splice(found + 1, i - found - 1, { kind: used === 2 ? 'strong' : 'em', children });
    // The closer now sits at found + 2: look at it again while it has `*` left.
    i = closer.count > 0 ? found + 1 : found + 2;
  }
  return tokens.map(literal).filter(nonEmpty);
}

const nonEmpty = (t: Inline) => !(t.kind === 'text' && t.text === '');

function literal(token: Token): Inline {
  return token.kind === 'run' ? { kind: 'text', text: '*'.repeat(token.count) } : token;
}

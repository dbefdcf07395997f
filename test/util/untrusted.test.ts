/** The one boundary for text from other people's files: what each writer does with hostile characters. */
import { describe, expect, it } from 'vitest';
import { hasControlCharacters, htmlText, jsonText, markdownCode, markdownEvidence, markdownText, terminalLine, terminalOutput, terminalText } from '../../src/util/untrusted.js';

/** Every kind of character a terminal or a viewer acts on. */
const HOSTILE = [
  '\u001b]52;c;aGFja2Vk\u0007', // OSC 52: write the clipboard
  '\u001b[2J\u001b[H', // clear the screen
  '\u001b]0;owned\u001b\\', // window title
  '\u009b31m', // one-byte CSI (C1)
  '\u0085\u008d\u0090\u009d', // other C1 controls
  '\u0007\u0008\u007f\u0000', // BEL, BS, DEL, NUL
  '\u202a\u202b\u202c\u202d\u202e', // bidi embeddings and overrides
  '\u2066\u2067\u2068\u2069', // bidi isolates
  '\u200e\u200f\u061c', // direction marks
  'a\rb', // a lone carriage return overwrites the line
].join('');
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('terminal text', () => {
  it('shows every control and bidi character as \\uXXXX, keeping the rest', () => {
    const out = terminalText(`지민 ${HOSTILE} end`);
    expect(out).not.toMatch(RAW);
    expect(out).toContain('\\u001b]52;c;aGFja2Vk\\u0007');
    expect(out).toContain('\\u009b31m');
    expect(out).toContain('\\u202e');
    expect(out).toContain('\\u2066');
    expect(out).toContain('\\u061c');
    expect(out).toContain('a\\u000db');
    expect(out.startsWith('지민 ')).toBe(true);
  });

  it('keeps line breaks and tabs in text, shows them in a line', () => {
    expect(terminalText('a\r\nb\tc')).toBe('a\nb\tc');
    expect(terminalLine('a\nb\tc')).toBe('a\\u000ab\\u0009c');
  });

  it('tells whether a string holds any of them', () => {
    expect(hasControlCharacters('Jimin Kim 김지민')).toBe(false);
    for (const ch of HOSTILE) if (ch.match(RAW)) expect(hasControlCharacters(`x${ch}`), JSON.stringify(ch)).toBe(true);
  });

  it('lets colour codes through the output guard and nothing else', () => {
    const coloured = '\u001b[1m\u001b[32mok\u001b[39m\u001b[22m';
    expect(terminalOutput(coloured)).toBe(coloured);
    const out = terminalOutput(`${coloured} ${HOSTILE}`);
    expect(out.startsWith(coloured)).toBe(true);
    expect(out.slice(coloured.length)).not.toMatch(RAW);
    expect(terminalOutput('plain\ttext\n')).toBe('plain\ttext\n');
  });
});

describe('markdown', () => {
  it('escapes markup and entities, flattens lines, shows controls', () => {
    const out = markdownText(`**bold** [x](http://e.x) <b> | &#x202E; \`code\`\n# heading ${HOSTILE}`);
    expect(out).not.toMatch(RAW);
    expect(out).not.toContain('\n');
    for (const ch of ['*', '[', ']', '<', '>', '|', '`', '#', '&']) expect(out).not.toMatch(new RegExp(`(^|[^\\\\])\\${ch}`));
  });

  it('keeps inline code closed and a web address clickable, only when it is one', () => {
    expect(markdownCode('a`b\nc')).toBe("`a'b c`");
    expect(markdownEvidence('https://github.com/org/repo/pull/3')).toBe('<https://github.com/org/repo/pull/3>');
    expect(markdownEvidence('https://e.x/a>b')).toBe('`https://e.x/a>b`');
    expect(markdownEvidence(`https://e.x/\u202egpj.exe`)).toBe('`https://e.x/\\u202egpj.exe`');
  });
});

describe('html', () => {
  it('escapes the five characters and shows controls', () => {
    expect(htmlText(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
    expect(htmlText(HOSTILE)).not.toMatch(RAW);
  });
});

describe('json', () => {
  it('writes C0, C1 and bidi characters as \\u escapes and parses back to the same data', () => {
    const value = { name: `x${HOSTILE}`, list: [HOSTILE, '\u2028\u2029'], n: 1 };
    const text = jsonText(value);
    expect(text).not.toMatch(RAW);
    expect(text).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
    // JSON.stringify alone leaves some raw: the reason this writer exists.
    expect(JSON.stringify(value)).toMatch(/[\u009b\u202e]/);
  });
});

/**
 * The flanking rules' character classes take shortcuts for ASCII and Hangul
 * syllables (src/ui/inline.ts, for speed): they must answer exactly as the
 * Unicode regular expressions they stand for, for every character.
 */
import { describe, expect, it } from 'vitest';
import { charClasses, CJK, PUNCTUATION, WHITESPACE } from '../../src/ui/inline.js';

const reference = {
  isSpace: (ch: string) => WHITESPACE.test(ch),
  isCjk: (ch: string) => CJK.test(ch),
  isPunct: (ch: string) => PUNCTUATION.test(ch) && !CJK.test(ch),
};

describe('character classes of emphasis', () => {
  it.each(['isSpace', 'isCjk', 'isPunct'] as const)('%s answers as its regular expression for every character', (name) => {
    const wrong: string[] = [];
    const chars = [...Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)), '😀', '𠀀', '𝔸'];
    for (const ch of chars) if (charClasses[name](ch) !== reference[name](ch)) wrong.push(`U+${ch.codePointAt(0)!.toString(16)}`);
    expect(wrong).toEqual([]);
    expect(charClasses[name](undefined)).toBe(name === 'isSpace');
  });
});

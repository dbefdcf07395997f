/** Laying out the answer a prompt echoes once answered. */
import { width, wrap } from './text.js';

/**
 * The answer an answered prompt echoes after its message, wrapped by display
 * width: on the message's last line when it fits there, else word-wrapped
 * below it, so the terminal never cuts a word (or a Korean syllable) in two.
 */
export function echoAnswer(message: string, answer: string, columns: number): string {
  const text = answer.replace(/\s*\n\s*/g, ' ').trim();
  const lines = message.split('\n');
  // "› " before the first line of the message, one space between message and answer.
  const used = (lines.length === 1 ? 2 : 0) + width(lines.at(-1) ?? '') + 1;
  if (used + width(text) <= columns) return text;
  const first = text.split(' ')[0] ?? '';
  if (columns - used >= 16 && width(first) <= columns - used) {
    const wrapped = wrap(text, columns, ' '.repeat(used), '  ');
    return [wrapped[0]!.slice(used), ...wrapped.slice(1)].join('\n');
  }
  return `\n${wrap(text, columns, '  ').join('\n')}`;
}

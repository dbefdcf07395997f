/**
 * Reads a guide: someone else's file, so only a regular file (read through
 * the one reader of untrusted files, src/util/regular-file.ts), at most
 * MAX_GUIDE_BYTES, and text in an encoding we can name. UTF-8 (with or
 * without a byte-order mark) and UTF-16 with a byte-order mark are read;
 * UTF-16 without one, EUC-KR (CP949) and binary files are refused by name.
 */
import { UsageError, UserError } from '../../errors.js';
import type { Messages } from '../../i18n/messages.js';
import { readRegularFile } from '../../util/regular-file.js';

export const MAX_GUIDE_BYTES = 20 * 1024 * 1024;

export function readGuide(file: string, m: Messages): { text: string; encoding: string } {
  // A regular file only (a FIFO would wait forever, a device never end), bounded while reading (src/util/regular-file.ts).
  const read = readRegularFile(file, { symlinks: 'follow', maxBytes: MAX_GUIDE_BYTES });
  if (!read.ok) {
    if (read.reason === 'missing') throw new UsageError(m.importNoFile(file));
    if (read.reason === 'directory') throw new UsageError(m.importIsDirectory(file));
    if (read.reason === 'too-big') throw new UserError(m.importTooLarge(file, (read.size / 1024 / 1024).toFixed(1), String(read.max / 1024 / 1024)), 1);
    throw new UserError(`${file} ${m.fileRefused(read)}`, 1);
  }
  return decode(read.bytes, file, m);
}

/** Decoded in that byte order, the sample is text: almost no control characters, replacement characters or lone surrogates. */
function looksLikeUtf16(sample: Buffer, encoding: 'utf-16le' | 'utf-16be'): boolean {
  const text = new TextDecoder(encoding).decode(sample.subarray(0, sample.length - (sample.length % 2)));
  const bad = text.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g)?.length ?? 0;
  return text.length > 0 && bad <= text.length / 100;
}

export function decode(bytes: Buffer, file: string, m: Messages): { text: string; encoding: string } {
  let text: string;
  let encoding = 'UTF-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    encoding = 'UTF-16LE';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    encoding = 'UTF-16BE';
  } else {
    const sample = bytes.subarray(0, 4096);
    if (sample.includes(0)) {
      // UTF-16 saved without its byte-order mark reads as text in one byte order; a binary file in neither.
      if (looksLikeUtf16(sample, 'utf-16le') || looksLikeUtf16(sample, 'utf-16be')) throw new UserError(m.importUtf16NoBom(file), 1);
      throw new UserError(m.importBinary(file), 1);
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      let korean = false;
      try {
        korean = /[\uac00-\ud7a3]/.test(new TextDecoder('euc-kr', { fatal: true }).decode(bytes));
      } catch {
        // not EUC-KR either
      }
      throw new UserError(korean ? m.importEucKr(file) : m.importNotUtf8(file), 1);
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  }
  if (text.includes('\u0000')) throw new UserError(m.importBinary(file), 1);
  if (!text.trim()) throw new UserError(m.importEmpty(file), 1);
  return { text: text.replace(/\r\n?/g, '\n'), encoding };
}

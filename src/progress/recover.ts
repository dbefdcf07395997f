/**
 * Best-effort recovery of a damaged progress file's JSON, for `config repair`:
 * NUL bytes (a file cut short by a crash on some file systems) are dropped,
 * and a truncated document is cut back to its last complete entry with its
 * open brackets closed. Returns undefined when nothing sensible is left.
 */

export function recoverJson(text: string): unknown {
  const cleaned = text.replace(/\u0000+/g, '').trim();
  if (!cleaned) return undefined;
  try {
    return JSON.parse(cleaned);
  } catch {
    // fall through to the truncation repair
  }
  const candidates: { at: number; stack: string }[] = [];
  const stack: string[] = [];
  let inString = false;
  for (let i = 0; i < cleaned.length; i++) {
    const ch = cleaned[i]!;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') {
      stack.push(ch === '{' ? '}' : ']');
      candidates.push({ at: i + 1, stack: stack.join('') });
    } else if (ch === '}' || ch === ']') {
      stack.pop();
      candidates.push({ at: i + 1, stack: stack.join('') });
    } else if (ch === ',') {
      candidates.push({ at: i, stack: stack.join('') });
    }
  }
  for (let i = candidates.length - 1; i >= 0 && i >= candidates.length - 200; i--) {
    const { at, stack: open } = candidates[i]!;
    const attempt = cleaned.slice(0, at) + [...open].reverse().join('');
    try {
      return JSON.parse(attempt);
    } catch {
      // try an earlier cut
    }
  }
  return undefined;
}

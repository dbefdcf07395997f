/**
 * Writes the curriculum's YAML: block maps and lists, text as plain scalars
 * when that is unambiguous, as literal blocks (`|-`) when it has line breaks,
 * else double-quoted (JSON's escapes are YAML's). Our data has only maps,
 * lists, strings and numbers, so this small writer replaces the yaml
 * library's Document for import, which took a third of a 5 MB import.
 * test/import/yaml-out.test.ts checks that `yaml` reads back what it wrote.
 */

type Value = string | number | boolean | Value[] | { [key: string]: Value | undefined };

// Plain only when nothing in YAML could read it as something else: no indicator first, no ": " or " #",
// no leading/trailing space, and not a number, date, boolean or null.
const PLAIN = /^[^\s\-?:,[\]{}#&*!|>'"%@`<=~][^\n\t]*$/u;
const SPECIAL = /^(?:true|false|yes|no|on|off|y|n|null|~|[-+]?(?:\.?\d|\.inf|\.nan)[\d._:eE+-]*.*)$/i;

export function scalar(text: string): string {
  if (text && PLAIN.test(text) && !/\s$|: |:$| #/.test(text) && !SPECIAL.test(text)) return text;
  return JSON.stringify(text).replace(/\u2028|\u2029/g, (c) => (c === '\u2028' ? '\\L' : '\\P'));
}

function block(text: string, indent: string): string | undefined {
  const lines = text.split('\n');
  // Literal blocks cannot start with a blank line or hold lines of spaces (they would be read as indentation).
  if (!lines[0] || /^\s/.test(lines[0]) || lines.some((l) => /^[ \t]+$/.test(l) || /\r/.test(l))) return undefined;
  const trailing = text.length - text.replace(/\n+$/, '').length;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const body = trailing ? lines.slice(0, -1) : lines;
  return `|${chomp}\n${body.map((l) => (l ? indent + l : '')).join('\n')}`;
}

function value(v: Value, indent: string): string {
  if (typeof v === 'number' || typeof v === 'boolean') return ` ${String(v)}`;
  if (typeof v === 'string') {
    if (v.includes('\n')) {
      const literal = block(v, `${indent}  `);
      if (literal) return ` ${literal}`;
    }
    return ` ${scalar(v)}`;
  }
  if (Array.isArray(v)) return v.length ? `\n${list(v, `${indent}  `)}` : ' []';
  const entries = Object.entries(v).filter(([, x]) => x !== undefined);
  return entries.length ? `\n${map(v, `${indent}  `)}` : ' {}';
}

function map(obj: { [key: string]: Value | undefined }, indent: string): string {
  return Object.entries(obj)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${indent}${scalar(k)}:${value(v!, indent)}`)
    .join('\n');
}

function list(items: Value[], indent: string): string {
  return items
    .map((item) => {
      if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
        const inner = map(item, `${indent}  `);
        return inner ? `${indent}- ${inner.slice(indent.length + 2)}` : `${indent}- {}`;
      }
      return `${indent}-${value(item, `${indent}  `).replace(/^\n/, ' ')}`;
    })
    .join('\n');
}

/** A YAML file: the comment, then the map. */
export function toYaml(data: { [key: string]: Value | undefined }, comment: string): string {
  return `# ${comment.replace(/\s+/g, ' ')}\n${map(data, '')}\n`;
}

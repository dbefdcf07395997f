/** Writing user text into Markdown: escaped so it stays text, links kept clickable. */
export const escapeMarkdown = (text: string): string => text.replace(/([\\`*_[\]<>|])/g, '\\$1');

/** A URL as an autolink; anything else (a commit, a run ID, a path) as inline code. */
export const evidenceMarkdown = (evidence: string): string => (/^https?:\/\/\S+$/.test(evidence) ? `<${evidence}>` : `\`${evidence.replace(/`/g, "'")}\``);

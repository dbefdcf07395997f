/**
 * The group page's stylesheet, inline in the page: no font or file is fetched.
 * A row per member on a laptop or a meeting screen (three columns: who, the
 * weeks, the numbers), a card per member on a phone; light or dark as the
 * viewer's system prefers; text scales up on large screens.
 */
export const PAGE_CSS = `
:root {
  color-scheme: light dark;
  --bg: #f5f6f8; --card: #fff; --ink: #18202b; --muted: #5a6472; --line: #e2e6ec; --code: #eef1f5;
  --open: #e4e8ee; --self: #8fd0a8; --verified: #15803d; --now: #2563eb;
  --ok-bg: #dcf3e4; --ok: #166534; --late-bg: #fdefd3; --late: #8a4b00;
  --font: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans KR", "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif;
  --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "Noto Sans Mono CJK KR", monospace;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0f141a; --card: #171d25; --ink: #e6ebf1; --muted: #9aa6b3; --line: #2a333e; --code: #222a34;
    --open: #29323d; --self: #2f7a50; --verified: #4ade80; --now: #7aa7ff;
    --ok-bg: #173b27; --ok: #86efac; --late-bg: #3d2d10; --late: #fcd34d;
  }
}
html { font-size: clamp(15px, 0.45vw + 11px, 21px); }
body { margin: 0; background: var(--bg); color: var(--ink); font-family: var(--font); line-height: 1.5; -webkit-text-size-adjust: 100%; }
.wrap { max-width: 76rem; margin: 0 auto; padding: 1.75rem 1.25rem 3rem; }
a { color: var(--now); }
code { font-family: var(--mono); font-size: 0.85em; background: var(--code); padding: 0.05em 0.3em; border-radius: 4px; overflow-wrap: anywhere; }
header.top { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 0.25rem 1.5rem; margin-bottom: 1rem; }
header.top h1 { font-size: 1.7rem; line-height: 1.25; margin: 0; }
header.top p { margin: 0; color: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: 0.2rem 1.1rem; margin: 0 0 0.75rem; padding: 0; list-style: none; color: var(--muted); font-size: 0.85rem; }
.swatch { display: inline-block; width: 0.8rem; height: 0.8rem; border-radius: 2px; margin-right: 0.35rem; vertical-align: -0.08rem; }
.swatch.verified { background: var(--verified); } .swatch.self { background: var(--self); } .swatch.open { background: var(--open); }
.swatch.now { border: 2px solid var(--now); width: 0.55rem; height: 0.55rem; }
.members { display: grid; gap: 0.75rem; }
.member { background: var(--card); border: 1px solid var(--line); border-radius: 14px; padding: 1rem 1.25rem; display: grid; grid-template-columns: minmax(9rem, 15rem) minmax(12rem, 1fr) auto; gap: 0.75rem 1.75rem; align-items: center; }
.member h3 { margin: 0; font-size: 1.25rem; line-height: 1.3; overflow-wrap: anywhere; }
.where { margin: 0.2rem 0 0; color: var(--muted); font-size: 0.9rem; }
.where b { color: var(--ink); font-weight: 600; }
.synced { display: block; font-size: 0.78rem; }
.chip { display: inline-block; padding: 0 0.55rem; border-radius: 999px; font-size: 0.8rem; font-weight: 600; white-space: nowrap; }
.chip.ok { background: var(--ok-bg); color: var(--ok); } .chip.late { background: var(--late-bg); color: var(--late); }
svg.bars { display: block; width: 100%; max-width: 21rem; height: auto; }
svg.bars .open { fill: var(--open); } svg.bars .self { fill: var(--self); } svg.bars .verified { fill: var(--verified); }
svg.bars .now { fill: none; stroke: var(--now); stroke-width: 2; }
svg.bars text { text-anchor: middle; font-family: var(--font); fill: var(--muted); }
svg.bars .week { font-size: 13px; } svg.bars .week.current { fill: var(--now); font-weight: 700; }
svg.bars .count { font-size: 10px; }
.stats { display: grid; grid-template-columns: 5.5rem 5.5rem 5rem 6.5rem; gap: 0.2rem 1.25rem; margin: 0; }
.stats dt { font-size: 0.75rem; color: var(--muted); }
.stats dd { margin: 0; font-weight: 650; font-size: 1.05rem; font-variant-numeric: tabular-nums; white-space: nowrap; }
.stats small { display: block; font-weight: 400; font-size: 0.75rem; color: var(--muted); }
.stats small.ver { color: var(--verified); font-weight: 600; }
.empty, .note { color: var(--muted); }
.agenda { margin-top: 2.25rem; }
.agenda h2 { font-size: 1.35rem; margin: 0 0 0.5rem; }
.agenda h3 { font-size: 1.05rem; margin: 1.5rem 0 0.5rem; }
.open-items { display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 0.75rem; align-items: start; }
.box { background: var(--card); border: 1px solid var(--line); border-radius: 12px; padding: 0.75rem 1rem; }
.box h4 { margin: 0 0 0.25rem; font-size: 1rem; overflow-wrap: anywhere; }
ul.lines { list-style: none; margin: 0; padding: 0; }
ul.lines li { padding: 0.3rem 0; border-top: 1px solid var(--line); overflow-wrap: anywhere; }
ul.lines li:first-child { border-top: 0; }
.box ul.lines li { font-size: 0.92rem; }
ul.lines code { color: var(--muted); font-size: 0.78em; }
.tag { display: inline-block; font-size: 0.72rem; color: var(--muted); border: 1px solid var(--line); border-radius: 4px; padding: 0 0.3rem; white-space: nowrap; }
.tick { color: var(--verified); font-weight: 700; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: 0.8rem; }
@media (max-width: 56rem) {
  .member { grid-template-columns: minmax(0, 1fr) minmax(0, 1.4fr); }
  .stats { grid-column: 1 / -1; grid-template-columns: repeat(4, minmax(0, 1fr)); }
}
@media (max-width: 34rem) {
  .wrap { padding: 1rem 0.75rem 2rem; }
  header.top h1 { font-size: 1.4rem; }
  .member { grid-template-columns: minmax(0, 1fr); padding: 0.85rem 1rem; }
  svg.bars { max-width: none; }
  .stats { grid-template-columns: repeat(2, minmax(0, 1fr)); }
}
@media print { :root { color-scheme: light; } body { background: #fff; } .member, .box { break-inside: avoid; } }
`;

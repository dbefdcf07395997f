/**
 * The study material's read paths (show, tools, resources, search) behind one
 * lazy import of their own, apart from commands/study.ts: a learner runs them
 * as often as `next`, and they need none of quiz, group, doctor or export, so
 * their bundle is a third of the size (less to read and deserialise at start).
 */
export { show } from './show/index.js';
export { renderShow } from './show/render.js';
export { tools } from './tools/index.js';
export { renderTools } from './tools/render.js';
export { resources } from './resources/index.js';
export { renderResources } from './resources/render.js';
export { searchCommand } from './search/index.js';
export { renderSearch } from './search/render.js';

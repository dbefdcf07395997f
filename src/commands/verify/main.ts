/** What the verify command loads, in one chunk: checking, rendering, ticking. */
export { verify, verifyJson } from './index.js';
export { renderVerify, renderAfter, renderSaved } from './render.js';
export { afterVerify } from './tick.js';

/**
 * The commands used less often than next/status/check, behind one lazy
 * import (import and new, which bring a markdown parser and yaml, load on
 * their own, and the study material's read paths have commands/reference.ts):
 * `next` does not parse their code, and as one chunk they load in one step.
 */
export { init, settings } from './init/index.js';
export { renderInit, renderSettings } from './init/render.js';
export { menu } from './menu/index.js';
export { validate } from './validate/index.js';
export { renderValidate } from './validate/render.js';
export { quiz } from './quiz/index.js';
export * as quizRender from './quiz/render.js';
export { repair } from './config/repair.js';
export * as repairRender from './config/render.js';
export { doctor } from './doctor/index.js';
export { renderDoctor } from './doctor/render.js';
export { exportSnapshot } from './export/index.js';
export { renderExported } from './export/render.js';
export { group } from './group/index.js';
export { renderGroup, groupJson, renderPageWritten } from './group/render.js';
export { renderAgenda } from './group/agenda.js';
export { sync } from './group/sync.js';
export { read } from './read/index.js';
export { renderRead } from './read/render.js';

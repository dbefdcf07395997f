import { importGuide } from './src/import/build.ts';
import { loadCurriculum } from './src/curriculum/loader.ts';
import { readFileSync, mkdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join, dirname } from 'node:path';
const mb = (l: string) => console.log(l, 'rss', (process.memoryUsage().rss / 1e6).toFixed(0), 'heap', (process.memoryUsage().heapUsed / 1e6).toFixed(0));
const src = readFileSync('/tmp/imp/big.md', 'utf8');
mb('read');
const r = importGuide(src, 'big.md');
mb('imported');
(global as any).gc?.(); mb('imported+gc');
const dir = mkdtempSync('/tmp/imp/m-');
for (const [p, t] of Object.entries(r.files)) { mkdirSync(dirname(join(dir, p)), { recursive: true }); writeFileSync(join(dir, p), t); }
mb('written');
loadCurriculum(dir, { known: new Map(Object.entries(r.data).map(([p, v]) => [join(dir, p), v])) });
mb('validated');

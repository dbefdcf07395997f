/**
 * Pinned versions live in one place, course.yaml's `versions:`. Every pin in
 * the notes (`pip install name==x.y.z`, in code blocks, inline code and key
 * commands, and every `name==x.y.z` line of a requirements file or pip freeze
 * output) must name a listed package at its listed version, so a note and the
 * list cannot drift apart.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/curriculum/loader.js';
import { ROOT } from '../helpers/cli.js';
import { fencedBlocks, markdownTexts } from '../helpers/snippets.js';

const curriculum = loadCurriculum(join(ROOT, 'curriculum'));

/** pip's name comparison (PEP 503): case, "-", "_" and "." alike. */
const normalize = (name: string) => name.toLowerCase().replace(/[-_.]+/g, '-');

interface Pin {
  name: string;
  version: string;
  /** The text it was found in. */
  from: string;
}

const SPEC = /(?<![\w.-])([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]\s]*\])?==([^\s"',;)\]`]+)/g;

/** Values of `NAME=value` assignments in a piece of shell, for pins such as "apache-airflow==${AIRFLOW_VERSION}". */
function assignments(code: string): Map<string, string> {
  return new Map([...code.matchAll(/^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=["']?([^\s"'$]+)["']?\s*$/gm)].map((m) => [m[1]!, m[2]!]));
}

/**
 * The pins of one piece of code: its pip install commands, and, in a code block
 * (a requirements file, pip freeze output), its requirement lines. An inline
 * `numpy==2.5.1` in prose is an example, not an install.
 */
function pinsIn(code: string, from: string, { block = true } = {}): Pin[] {
  const vars = assignments(code);
  const expand = (s: string) => s.replace(/\$\{(\w+)\}|\$(\w+)/g, (whole, a?: string, b?: string) => vars.get((a ?? b)!) ?? whole);
  const joined = code.replace(/\\\n\s*/g, ' ');
  const pins: Pin[] = [];
  for (const line of joined.split('\n')) {
    // pip install … up to the end of the command (&&, ;, |, or the end of the line).
    for (const m of line.matchAll(/\bpip3?\s+install\b([^;&|\n]*)/g)) {
      for (const spec of expand(m[1]!).matchAll(SPEC)) pins.push({ name: spec[1]!, version: spec[2]!, from });
    }
    // A requirements.txt or pip freeze line: nothing but a pinned requirement.
    const requirement = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==(\S+?)\s*(?:#.*)?$/.exec(line);
    if (block && requirement && !/pip3?\s+install/.test(line)) pins.push({ name: requirement[1]!, version: requirement[2]!, from });
  }
  return pins;
}

/** Every piece of code of the study notes: code blocks, inline code spans and key commands. */
function codeOfNotes(): { code: string; from: string; block?: boolean }[] {
  const texts = markdownTexts(curriculum).flatMap(({ file, field, text }) =>
    (['ko', 'en'] as const).map((lang) => ({ markdown: text[lang] ?? '', from: `${file} (${field}, ${lang})` })),
  );
  return [
    ...texts.flatMap(({ markdown, from }) => fencedBlocks(markdown).map((b, i) => ({ code: b.code, from: `${from}, block ${i + 1}` }))),
    ...texts.flatMap(({ markdown, from }) => {
      const prose = markdown.replace(/^(\s*)(```|~~~)[^\n]*\n[\s\S]*?^\s*\2[^\n]*$/gm, '');
      return [...prose.matchAll(/`([^`\n]+)`/g)].map((m) => ({ code: m[1]!, from: `${from}, inline`, block: false }));
    }),
    ...curriculum.weeks.flatMap((w) => w.topics.flatMap((t) => t.commands.map((c) => ({ code: c.command, from: `${w.file} (topic ${t.id} command)`, block: false })))),
  ];
}

describe('pinned versions', () => {
  const listed = new Map(curriculum.versions.map((v) => [normalize(v.package), v]));

  it('lists the releases the notes were checked against, each with its official release page', () => {
    expect(curriculum.versions.length).toBeGreaterThanOrEqual(10);
    for (const v of curriculum.versions) {
      expect(v.source, v.package).toMatch(/^https:\/\//);
      // A PyPI release page names the version it is about.
      if (v.source.startsWith('https://pypi.org/')) expect(v.source, v.package).toBe(`https://pypi.org/project/${v.source.split('/')[4]}/${v.version}/`);
    }
    for (const tool of ['mlflow', 'dvc', 'great-expectations', 'airflow', 'evidently', 'fastapi', 'prometheus']) expect(curriculum.versions.some((v) => v.tool === tool), tool).toBe(true);
  });

  it('has every pin in the notes match the list', () => {
    const pins = codeOfNotes().flatMap(({ code, from, block }) => pinsIn(code, from, { block }));
    const bad = pins.flatMap((pin) => {
      const entry = listed.get(normalize(pin.name));
      if (!entry) return [`${pin.from}: ${pin.name}==${pin.version} is pinned, but course.yaml's versions list no ${pin.name}`];
      return entry.version === pin.version ? [] : [`${pin.from}: ${pin.name}==${pin.version}, but course.yaml's versions say ${entry.version}`];
    });
    expect(bad).toEqual([]);
  });

  it('finds pins where the notes write them', () => {
    expect(pinsIn('python -m pip install "mlflow==3.18.0" scikit-learn==1.9.1 && pip freeze', 'a')).toMatchObject([{ name: 'mlflow', version: '3.18.0' }, { name: 'scikit-learn', version: '1.9.1' }]);
    expect(pinsIn('pip install "dvc[s3]==3.67.1"', 'b')).toMatchObject([{ name: 'dvc', version: '3.67.1' }]);
    expect(pinsIn('AIRFLOW_VERSION=3.3.2\npip install "apache-airflow==${AIRFLOW_VERSION}" \\\n  --constraint "x/constraints-${AIRFLOW_VERSION}/c.txt"', 'c')).toMatchObject([
      { name: 'apache-airflow', version: '3.3.2' },
    ]);
    expect(pinsIn('joblib==1.6.0\nnumpy==2.5.5  # from pip freeze\nscikit-learn>=1.5', 'd').map((p) => p.name)).toEqual(['joblib', 'numpy']);
    expect(pinsIn("sh 'pip install -r requirements.txt'", 'e')).toEqual([]);
    expect(pinsIn('numpy==2.5.1', 'inline example', { block: false })).toEqual([]);
    expect(pinsIn('RUN pip install --no-cache-dir fastapi==0.163.2 uvicorn==0.54.0', 'f').map((p) => p.version)).toEqual(['0.163.2', '0.54.0']);
  });
});

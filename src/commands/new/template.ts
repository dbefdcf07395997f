/** The starter curriculum written by `mlops-study new`: one example of everything, explained. */

export function starterFiles(id: string): Record<string, string> {
  return {
    'course.yaml': `# The course file. Every field is described in docs/curriculum-format.md;
# check your work any time with: mlops-study validate .
formatVersion: 1          # the only format this version reads
id: ${id}                 # stable kebab-case ID; progress is stored under it
version: 0.1.0            # your version of the material
# Languages of the learner-facing text. With one language, texts are plain
# strings; with both, every text is a map { ko: …, en: … }.
languages: [ko, en]
title: { ko: 나의 스터디, en: My study }
description:
  ko: 한 주에 한 주제씩 함께 공부합니다.
  en: One topic a week, studied together.
# Reading list (optional). A week lists the IDs it recommends.
resources:
  - id: official-docs
    kind: docs            # course | book | docs | blog | video | article
    title: { ko: 공식 문서, en: Official documentation }
    url: https://example.org/docs
`,
    'weeks/01-getting-started.yaml': `# One file per week in weeks/; weeks are numbered 1, 2, 3… without gaps.
week: 1
id: week-1
title: { ko: 시작하기, en: Getting started }
summary: { ko: 도구를 설치하고 첫 실습을 합니다., en: Install the tools and do a first exercise. }
goals:
  - { ko: 개발 환경을 준비할 수 있다., en: Set up the development environment. }
topics:
  - id: setup-environment
    title: { ko: 환경 설정, en: Setting up }
    summary: { ko: 필요한 도구를 설치합니다, en: Install what you need }
    # notes are markdown: headings, lists, \`code\`, fenced code blocks, links.
    notes:
      ko: |
        ### 왜 필요한가
        모두가 같은 환경에서 실습해야 결과를 비교할 수 있습니다.

        \`\`\`bash
        python -m venv .venv
        \`\`\`
      en: |
        ### Why it matters
        The same environment for everyone makes results comparable.

        \`\`\`bash
        python -m venv .venv
        \`\`\`
    commands:
      - command: python -m venv .venv
        description: { ko: 가상환경을 만듭니다, en: Creates a virtual environment }
    exercise:
      task: { ko: 가상환경을 만들고 활성화하세요., en: Create and activate a virtual environment. }
      expected: { ko: 프롬프트 앞에 (.venv)가 보입니다., en: Your prompt starts with (.venv). }
    pitfalls:
      - { ko: 가상환경을 활성화하지 않고 설치하기, en: Installing packages before activating it }
    links:
      - title: { ko: venv 문서, en: venv documentation }
        url: https://docs.python.org/3/library/venv.html
# Checklist items: what learners tick with \`mlops-study check <id>\`.
items:
  - id: setup-python
    source: checklist     # roadmap | checklist | project | process | extra
    topic: setup-environment
    text: { ko: Python 개발 환경 설정, en: Set up a Python environment }
    # Optional: what \`mlops-study verify\` checks in the learner's own project (paths, patterns in
    # files, YAML/JSON/TOML values, git and Dockerfile facts); an item without it is checked by hand.
    verify:
      - file: requirements.txt
        matches: '^[a-z0-9._-]+==[0-9]'
        ignoreCase: true
        message: { ko: "requirements.txt에 버전을 ==로 고정하세요.", en: "Pin versions in requirements.txt with ==." }
      - git: ignored
        path: [.venv/]
        message: { ko: .gitignore에 .venv/를 넣으세요., en: Add .venv/ to .gitignore. }
resources: [official-docs]
`,
    'questions/01-getting-started.yaml': `# Quiz questions for \`mlops-study quiz\`; a question reviews one topic.
# Types: single, multiple, truefalse, short, order, match (docs/curriculum-format.md).
questions:
  - id: q1-venv-command
    topic: setup-environment
    type: single
    prompt: { ko: 가상환경을 만드는 명령은?, en: Which command creates a virtual environment? }
    choices:
      - { id: a, text: { ko: python -m venv .venv, en: python -m venv .venv } }
      - { id: b, text: { ko: pip install venv, en: pip install venv } }
      - { id: c, text: { ko: python --venv, en: python --venv } }
    answer: a
    explanation:
      ko: venv는 Python 표준 라이브러리 모듈이라 설치할 필요가 없고 python -m venv로 실행합니다.
      en: venv is a standard-library module, so nothing needs installing; run it with python -m venv.
    source: https://docs.python.org/3/library/venv.html
`,
  };
}

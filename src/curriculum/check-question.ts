/** Rules a question's answer must satisfy beyond its shape. */
import type { CurriculumIssue } from './issues.js';
import type { RawQuestion } from './schema.js';

export interface QuestionProblem {
  path: PropertyKey[];
  issue: CurriculumIssue;
}

export function checkQuestion(q: RawQuestion): QuestionProblem[] {
  const problems: QuestionProblem[] = [];
  const uniqueChoices = (key: 'choices' | 'left' | 'right', list: { id: string; text: Record<string, string | undefined> }[]) => {
    const ids = new Set<string>();
    const texts = new Set<string>();
    list.forEach((c, i) => {
      if (ids.has(c.id)) problems.push({ path: [key, i, 'id'], issue: { code: 'choice-id-twice', id: c.id } });
      ids.add(c.id);
      for (const [lang, text] of Object.entries(c.text)) {
        const norm = `${lang}:${(text ?? '').trim().toLowerCase()}`;
        if (texts.has(norm)) problems.push({ path: [key, i, 'text'], issue: { code: 'choice-text-twice', text: text ?? '' } });
        texts.add(norm);
      }
    });
    return ids;
  };

  switch (q.type) {
    case 'single': {
      const ids = uniqueChoices('choices', q.choices);
      if (!ids.has(q.answer)) problems.push({ path: ['answer'], issue: { code: 'answer-not-choice', answer: q.answer, choices: [...ids] } });
      break;
    }
    case 'multiple': {
      const ids = uniqueChoices('choices', q.choices);
      const seen = new Set<string>();
      q.answer.forEach((a, i) => {
        if (!ids.has(a)) problems.push({ path: ['answer', i], issue: { code: 'answer-not-choice', answer: a, choices: [...ids] } });
        if (seen.has(a)) problems.push({ path: ['answer', i], issue: { code: 'answer-twice', answer: a } });
        seen.add(a);
      });
      break;
    }
    case 'order': {
      const ids = uniqueChoices('choices', q.choices);
      const given = new Set(q.answer);
      const missing = [...ids].filter((id) => !given.has(id));
      const extra = q.answer.filter((a) => !ids.has(a));
      if (missing.length || extra.length || given.size !== q.answer.length || q.answer.length !== ids.size) {
        problems.push({ path: ['answer'], issue: { code: 'order-answer', missing, extra, repeats: given.size !== q.answer.length } });
      }
      break;
    }
    case 'match': {
      const left = uniqueChoices('left', q.left);
      const right = uniqueChoices('right', q.right);
      const used = new Map<string, string>();
      for (const l of left) if (!Object.hasOwn(q.answer, l)) problems.push({ path: ['answer'], issue: { code: 'match-left-missing', left: l } });
      for (const [l, r] of Object.entries(q.answer)) {
        if (!left.has(l)) problems.push({ path: ['answer', l], issue: { code: 'match-not-left', left: l, lefts: [...left] } });
        if (!right.has(r)) problems.push({ path: ['answer', l], issue: { code: 'match-not-right', right: r, rights: [...right] } });
        else if (used.has(r)) problems.push({ path: ['answer', l], issue: { code: 'match-twice', right: r, other: used.get(r)! } });
        used.set(r, l);
      }
      break;
    }
    case 'short': {
      const seen = new Set<string>();
      q.accept.forEach((a, i) => {
        if (seen.has(a.trim().toLowerCase())) problems.push({ path: ['accept', i], issue: { code: 'accept-twice', answer: a } });
        seen.add(a.trim().toLowerCase());
      });
      break;
    }
    case 'truefalse':
      break;
  }
  return problems;
}

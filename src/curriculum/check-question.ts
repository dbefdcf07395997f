/** Rules a question's answer must satisfy beyond its shape. */
import type { RawQuestion } from './schema.js';

export interface QuestionProblem {
  path: PropertyKey[];
  message: string;
}

export function checkQuestion(q: RawQuestion): QuestionProblem[] {
  const problems: QuestionProblem[] = [];
  const uniqueChoices = (key: 'choices' | 'left' | 'right', list: { id: string; text: Record<string, string | undefined> }[]) => {
    const ids = new Set<string>();
    const texts = new Set<string>();
    list.forEach((c, i) => {
      if (ids.has(c.id)) problems.push({ path: [key, i, 'id'], message: `duplicate choice id "${c.id}"` });
      ids.add(c.id);
      for (const [lang, text] of Object.entries(c.text)) {
        const norm = `${lang}:${(text ?? '').trim().toLowerCase()}`;
        if (texts.has(norm)) problems.push({ path: [key, i, 'text'], message: `duplicate choice text "${text}"` });
        texts.add(norm);
      }
    });
    return ids;
  };

  switch (q.type) {
    case 'single': {
      const ids = uniqueChoices('choices', q.choices);
      if (!ids.has(q.answer)) problems.push({ path: ['answer'], message: `answer "${q.answer}" is not one of the choices (${[...ids].join(', ')})` });
      break;
    }
    case 'multiple': {
      const ids = uniqueChoices('choices', q.choices);
      const seen = new Set<string>();
      q.answer.forEach((a, i) => {
        if (!ids.has(a)) problems.push({ path: ['answer', i], message: `answer "${a}" is not one of the choices (${[...ids].join(', ')})` });
        if (seen.has(a)) problems.push({ path: ['answer', i], message: `answer "${a}" is listed twice` });
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
        const parts = [missing.length && `missing ${missing.join(', ')}`, extra.length && `unknown ${extra.join(', ')}`, given.size !== q.answer.length && 'repeats an id']
          .filter(Boolean)
          .join('; ');
        problems.push({ path: ['answer'], message: `an ordering answer must list every choice exactly once (${parts || 'wrong length'})` });
      }
      break;
    }
    case 'match': {
      const left = uniqueChoices('left', q.left);
      const right = uniqueChoices('right', q.right);
      const used = new Map<string, string>();
      for (const l of left) if (!Object.hasOwn(q.answer, l)) problems.push({ path: ['answer'], message: `"${l}" on the left has no match in the answer` });
      for (const [l, r] of Object.entries(q.answer)) {
        if (!left.has(l)) problems.push({ path: ['answer', l], message: `"${l}" is not one of the left items (${[...left].join(', ')})` });
        if (!right.has(r)) problems.push({ path: ['answer', l], message: `"${r}" is not one of the right items (${[...right].join(', ')})` });
        else if (used.has(r)) problems.push({ path: ['answer', l], message: `"${r}" is matched twice (also to "${used.get(r)}")` });
        used.set(r, l);
      }
      break;
    }
    case 'short': {
      const seen = new Set<string>();
      q.accept.forEach((a, i) => {
        if (seen.has(a.trim().toLowerCase())) problems.push({ path: ['accept', i], message: `accepted answer "${a}" is listed twice` });
        seen.add(a.trim().toLowerCase());
      });
      break;
    }
    case 'truefalse':
      break;
  }
  return problems;
}

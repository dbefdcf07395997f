/** Languages the interface speaks, and picking a curriculum text in one of them. */
export const LANGS = ['ko', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Learner-facing text after loading: one string per declared language. */
export type Localized = Partial<Record<Lang, string>>;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The text in `lang`, else in the other language, else ''. */
export function pick(text: Localized | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] ?? text[lang === 'ko' ? 'en' : 'ko'] ?? '';
}

/** LANG / LC_ALL / LC_MESSAGES starting with `ko` means Korean; anything else English. */
export function langFromEnv(env: NodeJS.ProcessEnv): Lang | undefined {
  for (const key of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[key];
    if (value) return value.toLowerCase().startsWith('ko') ? 'ko' : 'en';
  }
  return undefined;
}

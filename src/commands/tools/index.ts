/** `mlops-study tools`: the tool catalogue by category. */
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { pick } from '../../i18n/lang.js';

export interface ToolsOptions {
  category?: string;
  json?: boolean;
}

export interface ToolsView {
  categories: {
    id: string;
    title: string;
    tools: { id: string; name: string; purpose: string; whenToPick: string; url: string; docs?: string; installCheck?: string; weeks: number[] }[];
  }[];
}

export async function tools(ctx: Context, options: ToolsOptions): Promise<ToolsView> {
  const curriculum = await ctx.catalog();
  let categories = curriculum.toolCategories;
  if (options.category !== undefined) {
    const wanted = options.category.trim().toLowerCase();
    categories = categories.filter((c) => c.id === wanted || Object.values(c.title).some((t) => t?.toLowerCase() === wanted));
    if (!categories.length) {
      const known = curriculum.toolCategories.map((c) => `${c.id} (${pick(c.title, ctx.lang)})`).join(', ');
      throw new UsageError(ctx.m.errToolCategory(options.category), ctx.m.hintCategories(known));
    }
  }
  return {
    categories: categories.map((cat) => ({
      id: cat.id,
      title: pick(cat.title, ctx.lang),
      tools: curriculum.tools
        .filter((t) => t.category === cat.id)
        .map((t) => ({
          id: t.id,
          name: t.name,
          purpose: pick(t.purpose, ctx.lang),
          whenToPick: pick(t.whenToPick, ctx.lang),
          url: t.url,
          ...(t.docs ? { docs: t.docs } : {}),
          ...(t.installCheck ? { installCheck: t.installCheck } : {}),
          weeks: t.weeks,
        })),
    })),
  };
}

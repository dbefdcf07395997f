/** `mlops-study resources`: the guide's reading list and each tool's docs, or one week's. */
import type { Context } from '../../context.js';
import type { Resource } from '../../curriculum/types.js';
import { pick } from '../../i18n/lang.js';
import { parseWeek } from '../shared.js';

export interface ResourcesOptions {
  week?: string;
  json?: boolean;
}

export interface ResourceView {
  id: string;
  title: string;
  kind: Resource['kind'];
  url: string | null;
  authors?: string;
  description: string;
  origin: Resource['origin'];
}

export interface ResourcesView {
  week?: number;
  resources: ResourceView[];
}

export async function resources(ctx: Context, options: ResourcesOptions): Promise<ResourcesView> {
  const [index, catalog] = await Promise.all([ctx.curriculumIndex(), ctx.catalog()]);
  const week = parseWeek(options.week, index, ctx, 'resources');
  const list = week === undefined ? catalog.resources : index.weeks[week - 1]!.resources.map((id) => catalog.resources.find((r) => r.id === id)!);
  return {
    ...(week !== undefined ? { week } : {}),
    resources: list.map((r) => ({
      id: r.id,
      title: pick(r.title, ctx.lang),
      kind: r.kind,
      url: r.url ?? null,
      ...(r.authors ? { authors: r.authors } : {}),
      description: pick(r.description, ctx.lang),
      origin: r.origin,
    })),
  };
}

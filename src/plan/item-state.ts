/**
 * Joins curriculum items with saved progress. Progress is keyed by item ID; an
 * item's `aliases` (its old IDs) still count, and entries that match nothing
 * in the curriculum are orphans: kept and reported, never dropped.
 */
import { allUnits, type CurriculumIndex, type Item } from '../curriculum/types.js';
import { mergeItems } from '../progress/mutations.js';
import { isDone, own, type CourseProgress, type ItemProgress } from '../progress/types.js';

export interface ItemState {
  item: Item;
  progress?: ItemProgress;
}

/**
 * The saved state of an item, ticked or not, with its note and evidence. When
 * it is saved under its ID and old ones too (an item merged into another), the
 * states are shown merged, as the next write will store them (mergeItems).
 */
export function itemProgress(item: Item, course: CourseProgress): ItemProgress | undefined {
  const states = [item.id, ...item.aliases].map((id) => own(course.items, id)).filter((p): p is ItemProgress => p !== undefined);
  return states.length > 1 ? states.reduce(mergeItems) : states[0];
}

/** Ticked, under its ID or an old one. */
export function itemDone(item: Item, course: CourseProgress): boolean {
  return isDone(itemProgress(item, course));
}

export function knownIds(curriculum: CurriculumIndex): Map<string, Item> {
  const map = new Map<string, Item>();
  for (const week of allUnits(curriculum)) {
    for (const item of week.items) {
      map.set(item.id, item);
      for (const alias of item.aliases) map.set(alias, item);
    }
  }
  return map;
}

/** Saved items the curriculum no longer has (ticked, or holding a note or evidence). */
export function orphans(curriculum: CurriculumIndex, course: CourseProgress): { id: string; doneAt: string | null }[] {
  const known = knownIds(curriculum);
  return Object.entries(course.items)
    .filter(([id]) => !known.has(id))
    .map(([id, p]) => ({ id, doneAt: p.doneAt ?? null }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export interface WeekTally {
  week: number;
  done: number;
  total: number;
}

export function tallyWeeks(curriculum: CurriculumIndex, course: CourseProgress): WeekTally[] {
  return curriculum.weeks.map((w) => ({
    week: w.number,
    total: w.items.length,
    done: w.items.filter((i) => itemDone(i, course)).length,
  }));
}

/** Unfinished items of the weeks before `week`. */
export function carriedOver(curriculum: CurriculumIndex, course: CourseProgress, week: number): Item[] {
  return curriculum.weeks
    .filter((w) => w.number < week)
    .flatMap((w) => w.items)
    .filter((i) => !itemDone(i, course));
}

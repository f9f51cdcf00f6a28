import type { BulletinIssueDetail, BulletinItemSummary, BulletinLayoutRequest } from '@giao-ban/shared';

/** A section of the issue being laid out, with a key of its own so renaming it keeps its place in the editor. */
export interface LayoutSection {
  key: string;
  title: string;
  itemIds: string[];
}

let sectionKeySeed = 0;
export function newSectionKey(): string {
  sectionKeySeed += 1;
  return `section-${sectionKeySeed}`;
}

/**
 * The issue's layout as stored: its sections in order, each with its accepted items by position;
 * an accepted item whose section is gone (renamed, removed) waits at the end of the first section.
 */
export function layoutOf(issue: Pick<BulletinIssueDetail, 'sections' | 'items'>): LayoutSection[] {
  const accepted = issue.items
    .filter((item) => item.state === 'accepted')
    .sort((a, b) => (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER) || a.title.localeCompare(b.title, 'vi'));
  const titles = issue.sections.length > 0 ? issue.sections : [];
  const sections = titles.map((title) => ({ key: newSectionKey(), title, itemIds: [] as string[] }));
  const unplaced: string[] = [];
  for (const item of accepted) {
    const section = sections.find((candidate) => candidate.title === item.section);
    if (section) section.itemIds.push(item.id);
    else unplaced.push(item.id);
  }
  if (unplaced.length > 0) {
    if (sections.length === 0) sections.push({ key: newSectionKey(), title: '', itemIds: [] });
    sections[0].itemIds.push(...unplaced);
  }
  return sections;
}

/** The section holding an item, or the section whose key this is (a drop on an empty section). */
export function sectionIndexOf(layout: readonly LayoutSection[], id: string): number {
  const byItem = layout.findIndex((section) => section.itemIds.includes(id));
  return byItem >= 0 ? byItem : layout.findIndex((section) => section.key === id);
}

/** Moves an item to a section at an index (clamped); the other sections keep their order. */
export function moveItem(layout: readonly LayoutSection[], itemId: string, toSection: number, toIndex: number): LayoutSection[] {
  const from = sectionIndexOf(layout, itemId);
  if (from < 0 || toSection < 0 || toSection >= layout.length) return [...layout];
  const next = layout.map((section) => ({ ...section, itemIds: section.itemIds.filter((id) => id !== itemId) }));
  const target = next[toSection].itemIds;
  target.splice(Math.max(0, Math.min(toIndex, target.length)), 0, itemId);
  return next;
}

/**
 * One step up or down in reading order, as the keyboard buttons move it: within its section, and
 * past a section's edge into the end of the one before or the start of the one after.
 */
export function stepItem(layout: readonly LayoutSection[], itemId: string, direction: -1 | 1): LayoutSection[] {
  const s = sectionIndexOf(layout, itemId);
  if (s < 0) return [...layout];
  const index = layout[s].itemIds.indexOf(itemId);
  const target = index + direction;
  if (target >= 0 && target < layout[s].itemIds.length) return moveItem(layout, itemId, s, target);
  const neighbour = s + direction;
  if (neighbour < 0 || neighbour >= layout.length) return [...layout];
  return moveItem(layout, itemId, neighbour, direction < 0 ? layout[neighbour].itemIds.length : 0);
}

/** Can the item move one step that way? */
export function canStep(layout: readonly LayoutSection[], itemId: string, direction: -1 | 1): boolean {
  const s = sectionIndexOf(layout, itemId);
  if (s < 0) return false;
  const index = layout[s].itemIds.indexOf(itemId);
  return direction < 0 ? index > 0 || s > 0 : index < layout[s].itemIds.length - 1 || s < layout.length - 1;
}

export function moveSection(layout: readonly LayoutSection[], index: number, direction: -1 | 1): LayoutSection[] {
  const target = index + direction;
  if (target < 0 || target >= layout.length) return [...layout];
  const next = [...layout];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

export function layoutRequest(layout: readonly LayoutSection[], twoColumns: boolean): BulletinLayoutRequest {
  return { sections: layout.map((section) => ({ title: section.title.trim(), itemIds: [...section.itemIds] })), twoColumns };
}

export function sameLayout(a: BulletinLayoutRequest, b: BulletinLayoutRequest): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function itemsById(items: readonly BulletinItemSummary[]): Map<string, BulletinItemSummary> {
  return new Map(items.map((item) => [item.id, item]));
}

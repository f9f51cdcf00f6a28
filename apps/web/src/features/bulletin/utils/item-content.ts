import type { BulletinItem, BulletinItemSummary, LocalDate, SaveBulletinItemRequest } from '@giao-ban/shared';

/** What a unit writes in an item: the autosave's body without its revision (every save names the task group, or none). */
export type ItemContent = Omit<SaveBulletinItemRequest, 'expectedRevision' | 'taskGroupId'> & { taskGroupId: string | null };

export function itemContentOf(item: BulletinItem): ItemContent {
  return {
    kind: item.kind,
    title: item.title,
    sapo: item.sapo,
    body: item.body,
    eventDate: item.eventDate,
    eventPlace: item.eventPlace,
    taskGroupId: item.taskGroupId,
    links: [...item.links],
  };
}

export function sameItemContent(a: ItemContent, b: ItemContent): boolean {
  return (
    a.kind === b.kind &&
    a.title === b.title &&
    a.sapo === b.sapo &&
    a.body === b.body &&
    a.eventDate === b.eventDate &&
    a.eventPlace === b.eventPlace &&
    a.taskGroupId === b.taskGroupId &&
    a.links.length === b.links.length &&
    a.links.every((link, index) => link === b.links[index])
  );
}

/** The title an item is listed by: the office's edit of an accepted item where it made one (as it prints), else the unit's. */
export function listedTitle(item: Pick<BulletinItemSummary, 'title' | 'editedTitle'>): string {
  return item.editedTitle ?? item.title;
}

/** Links are typed one per line; blank lines are not links. */
export function linksFromText(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The browser's copy of an item being written, with the revision the edit started from. */
export interface StoredItemDraft {
  content: ItemContent;
  baseRevision: number;
}

const PREFIX = 'giao-ban.bulletin-item-draft';

function storageOrNull(storage?: Storage | null): Storage | null {
  if (storage !== undefined) return storage;
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled (private mode, strict settings)
  }
}

export function readItemDraft(itemId: string, storage?: Storage | null): StoredItemDraft | null {
  try {
    const raw = storageOrNull(storage)?.getItem(`${PREFIX}:${itemId}`);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<StoredItemDraft>;
    const content = value.content;
    if (typeof value.baseRevision !== 'number' || !content || typeof content.title !== 'string' || typeof content.body !== 'string') return null;
    return {
      baseRevision: value.baseRevision,
      content: {
        kind: content.kind,
        title: content.title,
        sapo: typeof content.sapo === 'string' ? content.sapo : '',
        body: content.body,
        eventDate: typeof content.eventDate === 'string' ? (content.eventDate as LocalDate) : null,
        eventPlace: typeof content.eventPlace === 'string' ? content.eventPlace : '',
        taskGroupId: typeof content.taskGroupId === 'string' ? content.taskGroupId : null,
        links: Array.isArray(content.links) ? content.links.filter((link): link is string => typeof link === 'string') : [],
      },
    };
  } catch {
    return null;
  }
}

export function writeItemDraft(itemId: string, draft: StoredItemDraft, storage?: Storage | null): void {
  try {
    storageOrNull(storage)?.setItem(`${PREFIX}:${itemId}`, JSON.stringify(draft));
  } catch {
    // full or disabled storage: the server save still goes ahead
  }
}

export function clearItemDraft(itemId: string, storage?: Storage | null): void {
  try {
    storageOrNull(storage)?.removeItem(`${PREFIX}:${itemId}`);
  } catch {
    // nothing to clear
  }
}

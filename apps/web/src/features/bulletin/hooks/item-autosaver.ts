import type { BulletinItem, SaveBulletinItemRequest } from '@giao-ban/shared';
import { isApiError, type ApiError } from '@/lib/api-client';
import { appNow } from '@/lib/app-clock';
import { saveBulletinItem } from '../api/item-lifecycle';
import { clearItemDraft, itemContentOf, readItemDraft, sameItemContent, writeItemDraft, type ItemContent } from '../utils/item-content';

/** The save waits this long after the last keystroke. */
export const ITEM_AUTOSAVE_DEBOUNCE_MS = 1500;

export type ItemSaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  /** Not reached: the text is kept in the browser and sent again. */
  | { kind: 'offline' }
  /** 409 STALE_VERSION: saved elsewhere first; the user chooses which copy stays. */
  | { kind: 'conflict' }
  /** 422 or another refusal (the window closed, the item was sent meanwhile). */
  | { kind: 'failed'; error: ApiError | null };

export type ItemSaveOutcome = 'saved' | 'offline' | 'conflict' | 'failed';

export interface ItemAutosaverSnapshot {
  content: ItemContent;
  state: ItemSaveState;
  /** The server's copy after a 409, until the user chooses. */
  conflict: BulletinItem | null;
  /** The editor opened with unsaved edits from the browser. */
  restored: boolean;
}

export interface ItemAutosaverOptions {
  item: BulletinItem;
  debounceMs?: number;
  save?: (itemId: string, body: SaveBulletinItemRequest) => Promise<BulletinItem>;
  /** The server's copy after a 409 that did not carry it. */
  fetchServerCopy?: (itemId: string) => Promise<BulletinItem>;
  onSaved?: (item: BulletinItem) => void;
  storage?: Storage | null;
}

function retryable(error: unknown): boolean {
  return !isApiError(error) || error.status === 0 || error.status === 429 || error.status >= 500;
}

/**
 * One bulletin item's autosave, as plain state and timers (`useBulletinItemAutosave` wraps it):
 * every edit is copied to the browser at once and sent ~1.5 s after the typing pauses (or at once
 * on `flush`), one request at a time, with the revision it started from; a lost connection retries
 * every few seconds; a 409 keeps both copies until the user chooses.
 */
export class ItemAutosaver {
  private readonly itemId: string;
  private readonly debounceMs: number;
  private readonly save: NonNullable<ItemAutosaverOptions['save']>;
  private readonly fetchServerCopy: ItemAutosaverOptions['fetchServerCopy'];
  private readonly storage: Storage | null | undefined;
  onSaved: ItemAutosaverOptions['onSaved'];
  private baseRevision: number;
  private dirty: boolean;
  private inFlight: Promise<ItemSaveOutcome> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  private snapshot: ItemAutosaverSnapshot;
  private readonly listeners = new Set<() => void>();

  constructor(options: ItemAutosaverOptions) {
    this.itemId = options.item.id;
    this.debounceMs = options.debounceMs ?? ITEM_AUTOSAVE_DEBOUNCE_MS;
    this.save = options.save ?? saveBulletinItem;
    this.fetchServerCopy = options.fetchServerCopy;
    this.storage = options.storage;
    this.onSaved = options.onSaved;
    const server = itemContentOf(options.item);
    const stored = readItemDraft(this.itemId, this.storage);
    // A copy typed on this revision and never confirmed comes back; one older than the server's is stale.
    const restore = stored !== null && stored.baseRevision === options.item.revision && !sameItemContent(stored.content, server);
    if (stored && !restore) clearItemDraft(this.itemId, this.storage);
    this.baseRevision = options.item.revision;
    this.dirty = restore;
    this.snapshot = {
      content: restore && stored ? stored.content : server,
      state: restore ? { kind: 'pending' } : { kind: 'idle' },
      conflict: null,
      restored: restore,
    };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): ItemAutosaverSnapshot => this.snapshot;

  private set(patch: Partial<ItemAutosaverSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** After mount: a restored copy is sent at once. */
  start(): void {
    this.stopped = false;
    if (this.dirty) this.schedule(0);
  }

  /** Unmount: what waits for the debounce is sent now (and stays in the browser until confirmed). */
  stop(): void {
    // typing waiting for its debounce is sent now; a retry after a failure is not (the browser keeps the text)
    const waiting = this.timer !== undefined && this.snapshot.state.kind === 'pending';
    clearTimeout(this.timer);
    this.timer = undefined;
    this.stopped = true;
    if (waiting && this.dirty && !this.snapshot.conflict) void this.send();
  }

  change(patch: Partial<ItemContent>): void {
    const content = { ...this.snapshot.content, ...patch };
    this.dirty = true;
    writeItemDraft(this.itemId, { content, baseRevision: this.baseRevision }, this.storage);
    if (this.snapshot.conflict) {
      this.set({ content });
      return;
    }
    this.set({ content, state: { kind: 'pending' } });
    this.schedule(this.debounceMs);
  }

  /** Sends what is typed now (before sending the item to the office, on leaving a field). */
  async flush(): Promise<ItemSaveOutcome> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.inFlight) await this.inFlight;
    if (this.snapshot.conflict) return 'conflict';
    if (!this.dirty) return this.snapshot.state.kind === 'failed' ? 'failed' : 'saved';
    return this.send();
  }

  /** Conflict: keep the user's text, saved over the server's revision. */
  keepMine(): Promise<ItemSaveOutcome> {
    const server = this.snapshot.conflict;
    if (server) {
      this.baseRevision = server.revision;
      this.dirty = true;
      this.set({ conflict: null, state: { kind: 'pending' } });
    }
    return this.flush();
  }

  /** Conflict: take the server's copy; the user's text leaves the editor and the browser. */
  takeServerCopy(): void {
    const server = this.snapshot.conflict;
    if (!server) return;
    this.baseRevision = server.revision;
    this.dirty = false;
    clearItemDraft(this.itemId, this.storage);
    this.set({ conflict: null, content: itemContentOf(server), state: { kind: 'idle' } });
    this.onSaved?.(server);
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, delay);
  }

  private send(): Promise<ItemSaveOutcome> {
    const sent = this.snapshot.content;
    this.set({ state: { kind: 'saving' } });
    const request = (async (): Promise<ItemSaveOutcome> => {
      try {
        const saved = await this.save(this.itemId, { ...sent, expectedRevision: this.baseRevision });
        this.baseRevision = saved.revision;
        const typedOn = !sameItemContent(this.snapshot.content, sent);
        this.dirty = typedOn;
        if (typedOn) writeItemDraft(this.itemId, { content: this.snapshot.content, baseRevision: saved.revision }, this.storage);
        else clearItemDraft(this.itemId, this.storage);
        this.onSaved?.(saved);
        this.set({ state: typedOn ? { kind: 'pending' } : { kind: 'saved', at: appNow() } });
        if (typedOn) this.schedule(this.debounceMs);
        return 'saved';
      } catch (error) {
        return this.failed(error);
      } finally {
        this.inFlight = null;
      }
    })();
    this.inFlight = request;
    return request;
  }

  private async failed(error: unknown): Promise<ItemSaveOutcome> {
    if (isApiError(error) && error.code === 'STALE_VERSION') {
      const carried = (error.details as { server?: BulletinItem } | undefined)?.server;
      const server = carried ?? (await this.fetchServerCopy?.(this.itemId).catch(() => undefined));
      if (server) {
        this.set({ conflict: server, state: { kind: 'conflict' } });
        return 'conflict';
      }
    }
    if (retryable(error)) {
      this.set({ state: { kind: 'offline' } });
      this.schedule(5_000);
      return 'offline';
    }
    this.set({ state: { kind: 'failed', error: isApiError(error) ? error : null } });
    return 'failed';
  }
}

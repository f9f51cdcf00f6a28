import type { ReportSectionDetail, SaveSectionRequest, StaleVersionDetails } from '@giao-ban/shared';
import { isApiError, type ApiError } from '@/lib/api-client';
import { appNow } from '@/lib/app-clock';
import { saveSection as saveSectionRequest } from '../api/save-section';
import { clearDraft, settleDraft, writeDraft } from '../utils/draft-storage';
import { contentOf, sameContent, type SectionContent } from '../utils/section-content';
import type { SaveOutcome, SectionSaveState } from './autosave-registry';
import { openingContent } from './opening-content';
import { isRetryable, mapFieldErrors, retryDelay, type SectionFieldErrors } from './save-failures';

export type { SectionFieldErrors } from './save-failures';

/** The save waits this long after the last keystroke. */
export const AUTOSAVE_DEBOUNCE_MS = 1500;

export interface SectionAutosaverSnapshot {
  content: SectionContent;
  state: SectionSaveState;
  /** The server's copy after a 409 STALE_VERSION, until the user chooses. */
  conflict: ReportSectionDetail | null;
  fieldErrors: SectionFieldErrors;
  /** The editor opened with unsaved edits from the browser's storage. */
  restored: boolean;
}

export interface SectionAutosaverOptions {
  reportId: string;
  section: ReportSectionDetail;
  editable: boolean;
  debounceMs?: number;
  onSaved?: (section: ReportSectionDetail) => void;
  /** The request; replaceable in tests. */
  save?: (reportId: string, sectionId: string, body: SaveSectionRequest) => Promise<ReportSectionDetail>;
  storage?: Storage | null;
}

type Timer = ReturnType<typeof setTimeout>;

/**
 * One section's autosave, as plain state and timers (the React hook `useSectionAutosave` wraps it):
 * - every edit goes to localStorage at once, and to the server ~1.5 s after the typing pauses
 *   (or at once on `flush`, e.g. on blur), one request at a time, carrying the version it starts from;
 * - a network failure keeps the text in the browser and retries with backoff, and when the
 *   browser is back online;
 * - a 409 STALE_VERSION never overwrites: both copies are kept until the user picks one.
 */
export class SectionAutosaver {
  private readonly reportId: string;
  private readonly sectionId: string;
  private readonly debounceMs: number;
  private readonly save: NonNullable<SectionAutosaverOptions['save']>;
  private readonly storage: Storage | null | undefined;
  onSaved: SectionAutosaverOptions['onSaved'];

  private editable: boolean;
  private baseVersion: number;
  private dirty: boolean;
  private discardOnStart: boolean;
  private inFlight: Promise<SaveOutcome> | null = null;
  private debounceTimer: Timer | undefined;
  private retryTimer: Timer | undefined;
  private attempt = 0;
  private started = false;
  private snapshot: SectionAutosaverSnapshot;
  private readonly listeners = new Set<() => void>();

  constructor(options: SectionAutosaverOptions) {
    this.reportId = options.reportId;
    this.sectionId = options.section.id;
    this.debounceMs = options.debounceMs ?? AUTOSAVE_DEBOUNCE_MS;
    this.save = options.save ?? saveSectionRequest;
    this.storage = options.storage;
    this.onSaved = options.onSaved;
    this.editable = options.editable;
    const opening = openingContent(options);
    this.baseVersion = opening.baseVersion;
    this.dirty = opening.restored;
    this.discardOnStart = opening.discard;
    this.snapshot = {
      content: opening.content,
      state: opening.restored ? { kind: 'pending' } : { kind: 'idle' },
      conflict: null,
      fieldErrors: {},
      restored: opening.restored,
    };
  }

  // ——— store interface (useSyncExternalStore) ———

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SectionAutosaverSnapshot => this.snapshot;

  private set(patch: Partial<SectionAutosaverSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  get version(): number {
    return this.baseVersion;
  }

  // ——— life cycle ———

  /** After mount: forget a draft the server already holds, save a restored one, watch the connection. */
  start(): void {
    if (this.started) return;
    this.started = true;
    if (this.discardOnStart) {
      clearDraft(this.reportId, this.sectionId, this.storage);
      this.discardOnStart = false;
    }
    globalThis.addEventListener?.('online', this.handleOnline);
    if (this.dirty && this.editable && !this.snapshot.conflict) void this.flush();
  }

  /** Unmount: stop the timers; edits still waiting for the debounce are sent now (and stay in storage). */
  stop(): void {
    if (!this.started) return;
    this.started = false;
    globalThis.removeEventListener?.('online', this.handleOnline);
    const waiting = this.debounceTimer !== undefined;
    this.clearTimers();
    if (waiting && this.dirty && this.editable && !this.snapshot.conflict) void this.flush();
  }

  private readonly handleOnline = (): void => {
    if (this.snapshot.state.kind === 'offline') {
      this.attempt = 0;
      void this.flush();
    }
  };

  setEditable(editable: boolean): void {
    this.editable = editable;
    if (!editable) this.clearTimers();
  }

  /**
   * The cached report brought this section again (a refetch). A newer server version replaces the
   * content only when nothing here is unsaved; otherwise the next save meets the conflict.
   */
  serverUpdated(section: ReportSectionDetail): void {
    if (section.version <= this.baseVersion || this.dirty || this.inFlight || this.snapshot.conflict) return;
    this.baseVersion = section.version;
    this.set({ content: contentOf(section) });
  }

  // ——— editing ———

  /** An edit: kept in the browser at once; saved when the typing pauses, or at once with `immediate`. */
  change(patch: Partial<SectionContent>, options: { immediate?: boolean } = {}): void {
    if (!this.editable) return;
    const content = { ...this.snapshot.content, ...patch };
    this.dirty = true;
    writeDraft(this.reportId, this.sectionId, content, this.baseVersion, this.storage);
    const keep = this.snapshot.state.kind === 'offline' || this.snapshot.state.kind === 'conflict' || this.snapshot.state.kind === 'saving';
    this.set({ content, state: keep ? this.snapshot.state : { kind: 'pending' } });
    clearTimeout(this.debounceTimer);
    this.debounceTimer = undefined;
    if (options.immediate) {
      void this.flush();
      return;
    }
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = undefined;
      void this.flush({ thorough: false });
    }, this.debounceMs);
  }

  /**
   * Saves now whatever is unsaved (blur, before submitting); resolves with how it ended. With
   * `thorough: false` (the debounce and the retry timers) it sends one request and leaves text
   * typed meanwhile to the debounce that the typing restarted.
   */
  async flush({ thorough = true }: { thorough?: boolean } = {}): Promise<SaveOutcome> {
    if (thorough) {
      clearTimeout(this.debounceTimer);
      this.debounceTimer = undefined;
    }
    for (;;) {
      if (this.inFlight) {
        await this.inFlight;
        continue;
      }
      if (!this.editable) return 'not-editable';
      if (this.snapshot.conflict) return 'conflict';
      if (!this.dirty) return 'saved';
      if (!thorough && this.debounceTimer !== undefined) return 'pending';
      clearTimeout(this.retryTimer);
      this.retryTimer = undefined;
      const outcome = await this.send();
      if (outcome !== 'saved' || !thorough) return outcome;
      // saved: loop, in case the user typed on while the request was under way
    }
  }

  /** Conflict: keep the user's text, saved on top of the server's version. */
  keepMine(): Promise<SaveOutcome> {
    const server = this.snapshot.conflict;
    if (!server) return Promise.resolve(this.dirty ? 'failed' : 'saved');
    this.baseVersion = server.version;
    this.dirty = true;
    writeDraft(this.reportId, this.sectionId, this.snapshot.content, this.baseVersion, this.storage);
    this.set({ conflict: null, state: { kind: 'pending' } });
    return this.flush();
  }

  /** Conflict: take the server's copy; the user's text is dropped from the editor and the browser. */
  takeServerCopy(): void {
    const server = this.snapshot.conflict;
    if (!server) return;
    this.baseVersion = server.version;
    this.dirty = false;
    clearDraft(this.reportId, this.sectionId, this.storage);
    this.set({ conflict: null, content: contentOf(server), fieldErrors: {}, state: { kind: 'idle' } });
    this.onSaved?.(server);
  }

  // ——— the request ———

  private send(): Promise<SaveOutcome> {
    const sent = this.snapshot.content;
    const version = this.baseVersion;
    this.set({ state: { kind: 'saving' } });
    const request = (async (): Promise<SaveOutcome> => {
      try {
        const saved = await this.save(this.reportId, this.sectionId, {
          version,
          text: sent.text,
          status: sent.status,
          indicatorValues: sent.indicatorValues,
        });
        this.baseVersion = saved.version;
        this.attempt = 0;
        settleDraft(this.reportId, this.sectionId, sent, saved.version, this.storage);
        const typedOn = !sameContent(this.snapshot.content, sent);
        this.dirty = typedOn;
        this.onSaved?.(saved);
        this.set({ fieldErrors: {}, state: typedOn ? { kind: 'pending' } : { kind: 'saved', at: appNow() } });
        return 'saved';
      } catch (error) {
        return this.failed(error, sent);
      } finally {
        this.inFlight = null;
      }
    })();
    this.inFlight = request;
    return request;
  }

  private failed(error: unknown, sent: SectionContent): SaveOutcome {
    if (isApiError(error) && error.code === 'STALE_VERSION') {
      const server = (error.details as StaleVersionDetails | undefined)?.server;
      if (server) {
        this.set({ conflict: server, state: { kind: 'conflict' } });
        return 'conflict';
      }
    }
    if (isApiError(error) && error.code === 'VALIDATION_FAILED') {
      this.set({ fieldErrors: mapFieldErrors(error.fieldErrors, sent), state: { kind: 'invalid' } });
      return 'invalid';
    }
    if (isRetryable(error)) {
      this.scheduleRetry();
      this.set({ state: { kind: 'offline' } });
      return 'offline';
    }
    this.set({ state: { kind: 'failed', error: isApiError(error) ? (error as ApiError) : null } });
    return 'failed';
  }

  private scheduleRetry(): void {
    clearTimeout(this.retryTimer);
    if (!this.started) return;
    const delay = retryDelay(this.attempt);
    this.attempt += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.flush({ thorough: false });
    }, delay);
  }

  private clearTimers(): void {
    clearTimeout(this.debounceTimer);
    clearTimeout(this.retryTimer);
    this.debounceTimer = undefined;
    this.retryTimer = undefined;
  }
}

import type { ApiError } from '@/lib/api-client';

/** Where one section's autosave stands. */
export type SectionSaveState =
  /** Nothing typed since the editor opened. */
  | { kind: 'idle' }
  /** Typed; the save waits for the typing to pause. */
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  /** The server could not be reached (or failed): the text is in the browser, a retry is scheduled. */
  | { kind: 'offline' }
  /** 422: a field is wrong; shown on the field, saved again on the next edit. */
  | { kind: 'invalid' }
  /** 409 STALE_VERSION: someone saved first; the user chooses which copy to keep. */
  | { kind: 'conflict' }
  /** Any other refusal (the report was submitted meanwhile, the period closed…). */
  | { kind: 'failed'; error: ApiError | null };

/** How a flush ended; `pending` = more typing is waiting for its own debounce. */
export type SaveOutcome = 'saved' | 'pending' | 'offline' | 'invalid' | 'conflict' | 'failed' | 'not-editable';

export interface AutosaveSummary {
  /** The state that matters most across the report's sections. */
  kind: 'idle' | 'saving' | 'saved' | 'offline' | 'invalid' | 'conflict' | 'failed';
  lastSavedAt: Date | null;
  error: ApiError | null;
  /** Sections whose unsaved text came back from the browser's storage when the editor opened. */
  restoredCount: number;
}

interface Entry {
  state: SectionSaveState;
  flush: () => Promise<SaveOutcome>;
  restored: boolean;
}

/** Worst first: what the summary bar shows when sections disagree. */
const PRIORITY: AutosaveSummary['kind'][] = ['offline', 'conflict', 'invalid', 'failed', 'saving', 'saved', 'idle'];

function summaryKind(state: SectionSaveState): AutosaveSummary['kind'] {
  return state.kind === 'pending' ? 'saving' : state.kind;
}

/**
 * The report-level view of its sections' autosaves: the summary bar reads one state from it
 * (`useSyncExternalStore`), and submitting flushes every section through it first.
 */
export class AutosaveRegistry {
  private readonly entries = new Map<string, Entry>();
  private readonly listeners = new Set<() => void>();
  private lastSavedAt: Date | null = null;
  private snapshot: AutosaveSummary = { kind: 'idle', lastSavedAt: null, error: null, restoredCount: 0 };

  register(sectionId: string, flush: () => Promise<SaveOutcome>, initial: SectionSaveState, restored = false): () => void {
    this.entries.set(sectionId, { state: initial, flush, restored });
    this.update();
    return () => {
      if (this.entries.get(sectionId)?.flush === flush) {
        this.entries.delete(sectionId);
        this.update();
      }
    };
  }

  setState(sectionId: string, state: SectionSaveState): void {
    const entry = this.entries.get(sectionId);
    if (!entry) return;
    entry.state = state;
    if (state.kind === 'saved' && (!this.lastSavedAt || state.at > this.lastSavedAt)) this.lastSavedAt = state.at;
    this.update();
  }

  /** Saves every section that has unsaved edits; true when nothing is left unsaved. */
  async flushAll(): Promise<boolean> {
    const outcomes = await Promise.all([...this.entries.values()].map((entry) => entry.flush()));
    return outcomes.every((outcome) => outcome === 'saved' || outcome === 'not-editable');
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): AutosaveSummary => this.snapshot;

  private update(): void {
    const states = [...this.entries.values()].map((entry) => entry.state);
    const kinds = new Set(states.map(summaryKind));
    const kind = PRIORITY.find((candidate) => kinds.has(candidate)) ?? 'idle';
    const failed = states.find((state): state is Extract<SectionSaveState, { kind: 'failed' }> => state.kind === 'failed');
    const restoredCount = [...this.entries.values()].filter((entry) => entry.restored).length;
    const next: AutosaveSummary = {
      // once something was saved, "idle" sections do not hide it
      kind: kind === 'idle' && this.lastSavedAt ? 'saved' : kind,
      lastSavedAt: this.lastSavedAt,
      error: failed?.error ?? null,
      restoredCount,
    };
    const previous = this.snapshot;
    if (
      previous.kind === next.kind &&
      previous.lastSavedAt === next.lastSavedAt &&
      previous.error === next.error &&
      previous.restoredCount === next.restoredCount
    ) {
      return;
    }
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}

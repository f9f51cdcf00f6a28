import type { ReportSectionDetail } from '@giao-ban/shared';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { SectionContent } from '../utils/section-content';
import type { AutosaveRegistry, SaveOutcome } from './autosave-registry';
import { SectionAutosaver, type SectionAutosaverOptions, type SectionAutosaverSnapshot } from './section-autosaver';

export interface UseSectionAutosaveOptions {
  reportId: string;
  section: ReportSectionDetail;
  /** The user may change this section now (report editable, section applicable, and returned if the report is). */
  editable: boolean;
  /** The report's registry: the summary bar's state, and the flush before submitting. */
  registry?: AutosaveRegistry;
  /** The server confirmed a save (or the user took the server's copy): update the cache. */
  onSaved?: (section: ReportSectionDetail) => void;
  debounceMs?: number;
  save?: SectionAutosaverOptions['save'];
}

export interface SectionAutosave extends SectionAutosaverSnapshot {
  change: (patch: Partial<SectionContent>, options?: { immediate?: boolean }) => void;
  flush: () => Promise<SaveOutcome>;
  keepMine: () => Promise<SaveOutcome>;
  takeServerCopy: () => void;
}

/**
 * Autosave of one report section: debounced saves with the section's version, a copy of every
 * edit in localStorage until the server confirms it, retry after network failures, and a
 * conflict (409) that keeps both texts until the user chooses. See `SectionAutosaver`.
 */
export function useSectionAutosave({
  reportId,
  section,
  editable,
  registry,
  onSaved,
  debounceMs,
  save,
}: UseSectionAutosaveOptions): SectionAutosave {
  const [autosaver] = useState(() => new SectionAutosaver({ reportId, section, editable, debounceMs, save, onSaved }));
  const snapshot = useSyncExternalStore(autosaver.subscribe, autosaver.getSnapshot, autosaver.getSnapshot);

  useEffect(() => {
    autosaver.onSaved = onSaved;
  }, [autosaver, onSaved]);

  useEffect(() => {
    autosaver.setEditable(editable);
  }, [autosaver, editable]);

  useEffect(() => {
    autosaver.serverUpdated(section);
  }, [autosaver, section]);

  useEffect(() => {
    const current = autosaver.getSnapshot();
    const unregister = registry?.register(section.id, () => autosaver.flush(), current.state, current.restored);
    const unsubscribe = registry
      ? autosaver.subscribe(() => registry.setState(section.id, autosaver.getSnapshot().state))
      : undefined;
    autosaver.start();
    return () => {
      autosaver.stop();
      unsubscribe?.();
      unregister?.();
    };
  }, [autosaver, registry, section.id]);

  return {
    ...snapshot,
    change: autosaver.change.bind(autosaver),
    flush: autosaver.flush.bind(autosaver),
    keepMine: autosaver.keepMine.bind(autosaver),
    takeServerCopy: autosaver.takeServerCopy.bind(autosaver),
  };
}

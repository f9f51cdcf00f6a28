import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ItemContent } from '../utils/item-content';
import { ItemAutosaver, type ItemAutosaverOptions, type ItemAutosaverSnapshot, type ItemSaveOutcome } from './item-autosaver';

export interface ItemAutosave extends ItemAutosaverSnapshot {
  change: (patch: Partial<ItemContent>) => void;
  flush: () => Promise<ItemSaveOutcome>;
  keepMine: () => Promise<ItemSaveOutcome>;
  takeServerCopy: () => void;
}

/** The autosave of one bulletin item being written (see `ItemAutosaver`). Key the editor by item id. */
export function useBulletinItemAutosave(options: ItemAutosaverOptions): ItemAutosave {
  const [autosaver] = useState(() => new ItemAutosaver(options));
  const snapshot = useSyncExternalStore(autosaver.subscribe, autosaver.getSnapshot, autosaver.getSnapshot);
  const { onSaved } = options;

  useEffect(() => {
    autosaver.onSaved = onSaved;
  }, [autosaver, onSaved]);

  useEffect(() => {
    autosaver.start();
    return () => autosaver.stop();
  }, [autosaver]);

  return {
    ...snapshot,
    change: (patch) => autosaver.change(patch),
    flush: () => autosaver.flush(),
    keepMine: () => autosaver.keepMine(),
    takeServerCopy: () => autosaver.takeServerCopy(),
  };
}

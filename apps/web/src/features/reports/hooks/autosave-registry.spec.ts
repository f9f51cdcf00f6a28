import { AutosaveRegistry } from './autosave-registry';

describe(AutosaveRegistry.name, () => {
  it('summarises the sections, worst state first, and remembers the last save', () => {
    const registry = new AutosaveRegistry();
    const flush = jest.fn().mockResolvedValue('saved');
    registry.register('a', flush, { kind: 'idle' });
    registry.register('b', flush, { kind: 'idle' });
    expect(registry.getSnapshot().kind).toBe('idle');

    registry.setState('a', { kind: 'pending' });
    expect(registry.getSnapshot().kind).toBe('saving');

    const at = new Date('2021-12-15T03:00:00Z');
    registry.setState('a', { kind: 'saved', at });
    expect(registry.getSnapshot()).toMatchObject({ kind: 'saved', lastSavedAt: at });

    registry.setState('b', { kind: 'offline' });
    expect(registry.getSnapshot().kind).toBe('offline');
    registry.setState('a', { kind: 'conflict' });
    expect(registry.getSnapshot().kind).toBe('offline');
    registry.setState('b', { kind: 'idle' });
    expect(registry.getSnapshot().kind).toBe('conflict');
  });

  it('notifies subscribers only when the summary changes', () => {
    const registry = new AutosaveRegistry();
    const listener = jest.fn();
    registry.register('a', jest.fn(), { kind: 'idle' });
    registry.subscribe(listener);
    registry.setState('a', { kind: 'pending' });
    registry.setState('a', { kind: 'saving' });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('counts the sections restored from the browser', () => {
    const registry = new AutosaveRegistry();
    registry.register('a', jest.fn(), { kind: 'pending' }, true);
    registry.register('b', jest.fn(), { kind: 'idle' }, false);
    expect(registry.getSnapshot().restoredCount).toBe(1);
  });

  it('flushes every section and says whether everything is saved', async () => {
    const registry = new AutosaveRegistry();
    const saved = jest.fn().mockResolvedValue('saved');
    const readOnly = jest.fn().mockResolvedValue('not-editable');
    registry.register('a', saved, { kind: 'pending' });
    registry.register('b', readOnly, { kind: 'idle' });
    await expect(registry.flushAll()).resolves.toBe(true);

    const offline = jest.fn().mockResolvedValue('offline');
    registry.register('c', offline, { kind: 'pending' });
    await expect(registry.flushAll()).resolves.toBe(false);
    expect(saved).toHaveBeenCalledTimes(2);
    expect(offline).toHaveBeenCalledTimes(1);
  });

  it('forgets a section once it unregisters', () => {
    const registry = new AutosaveRegistry();
    const unregister = registry.register('a', jest.fn(), { kind: 'offline' });
    expect(registry.getSnapshot().kind).toBe('offline');
    unregister();
    expect(registry.getSnapshot().kind).toBe('idle');
  });
});

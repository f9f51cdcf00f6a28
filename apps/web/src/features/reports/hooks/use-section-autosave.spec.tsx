import type { ReportSectionDetail } from '@giao-ban/shared';
import { act, renderHook } from '@testing-library/react';
import { REPORT_ID, reportSections } from '@/testing/report-fixtures';
import { mockApi } from '@/testing/mock-api';
import { readDraft } from '../utils/draft-storage';
import { AutosaveRegistry } from './autosave-registry';
import { useSectionAutosave } from './use-section-autosave';

const section = reportSections().find((candidate) => candidate.id === 's-tg1') as ReportSectionDetail;
const SAVE = `PUT /api/reports/${REPORT_ID}/sections/${section.id}`;

describe(useSectionAutosave.name, () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2021-12-15T03:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  it('debounces typing into one save and reports the state to the report registry', async () => {
    const api = mockApi({
      [SAVE]: (request) => ({ status: 200, body: { ...section, text: (request.body as { text: string }).text, version: 2 } }),
    });
    const registry = new AutosaveRegistry();
    const onSaved = jest.fn();
    const { result, unmount } = renderHook(() =>
      useSectionAutosave({ reportId: REPORT_ID, section, editable: true, registry, onSaved }),
    );

    act(() => result.current.change({ text: 'Quán triệt' }));
    act(() => result.current.change({ text: 'Quán triệt nghị quyết' }));
    expect(result.current.content.text).toBe('Quán triệt nghị quyết');
    expect(registry.getSnapshot().kind).toBe('saving');
    expect(readDraft(REPORT_ID, section.id, localStorage)?.text).toBe('Quán triệt nghị quyết');

    await act(() => jest.advanceTimersByTimeAsync(1500));

    expect(api.requests.map((request) => request.body)).toEqual([
      { version: 1, text: 'Quán triệt nghị quyết', status: 'done', indicatorValues: [] },
    ]);
    expect(result.current.state.kind).toBe('saved');
    expect(registry.getSnapshot()).toMatchObject({ kind: 'saved', lastSavedAt: new Date('2021-12-15T03:00:01.500Z') });
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ version: 2 }));
    expect(readDraft(REPORT_ID, section.id, localStorage)).toBeNull();
    unmount();
  });

  it('sends edits still waiting for the debounce when the editor goes away', async () => {
    const api = mockApi({ [SAVE]: { status: 200, body: { ...section, text: 'Rời trang', version: 2 } } });
    const { result, unmount } = renderHook(() => useSectionAutosave({ reportId: REPORT_ID, section, editable: true }));

    act(() => result.current.change({ text: 'Rời trang' }));
    unmount();
    await act(() => jest.advanceTimersByTimeAsync(0));

    expect(api.requests).toHaveLength(1);
  });
});

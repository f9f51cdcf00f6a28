import type { ReportSectionDetail } from '@giao-ban/shared';
import { indicatorBulletin, REPORT_ID, reportSections } from '@/testing/report-fixtures';
import { mockApi, type MockHandler } from '@/testing/mock-api';
import { draftKey, readDraft, writeDraft } from '../utils/draft-storage';
import { mapFieldErrors, retryDelay } from './save-failures';
import { SectionAutosaver } from './section-autosaver';

const section = reportSections().find((candidate) => candidate.id === 's-tg6') as ReportSectionDetail; // version 2
const SAVE = `PUT /api/reports/${REPORT_ID}/sections/${section.id}`;

/** The server's answer to a save: the section as sent, one version up. */
const savedAs: MockHandler = (request) => {
  const body = request.body as { version: number; text: string; status: ReportSectionDetail['status']; indicatorValues: ReportSectionDetail['indicatorValues'] };
  return {
    status: 200,
    body: { ...section, text: body.text, status: body.status, indicatorValues: body.indicatorValues, version: body.version + 1 },
  };
};

function create(overrides: Partial<ConstructorParameters<typeof SectionAutosaver>[0]> = {}) {
  const onSaved = jest.fn();
  const autosaver = new SectionAutosaver({ reportId: REPORT_ID, section, editable: true, onSaved, ...overrides });
  autosaver.start();
  return { autosaver, onSaved };
}

function storedDraft() {
  return readDraft(REPORT_ID, section.id, localStorage);
}

describe(SectionAutosaver.name, () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2021-12-15T03:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  it('saves once, 1.5 s after the last keystroke, with the version the edit started from', async () => {
    const api = mockApi({ [SAVE]: savedAs });
    const { autosaver, onSaved } = create();

    autosaver.change({ text: 'G' });
    await jest.advanceTimersByTimeAsync(1000);
    autosaver.change({ text: 'Gửi 6 tin' });
    await jest.advanceTimersByTimeAsync(1499);
    expect(api.requests).toHaveLength(0);
    expect(autosaver.getSnapshot().state.kind).toBe('pending');
    // every keystroke is in the browser already
    expect(storedDraft()).toMatchObject({ text: 'Gửi 6 tin', baseVersion: 2 });

    await jest.advanceTimersByTimeAsync(1);
    expect(api.sent('PUT', `/api/reports/${REPORT_ID}/sections/${section.id}`).map((request) => request.body)).toEqual([
      { version: 2, text: 'Gửi 6 tin', status: 'in_progress', indicatorValues: [{ indicatorId: indicatorBulletin.id, value: 4 }] },
    ]);
    expect(autosaver.getSnapshot().state).toEqual({ kind: 'saved', at: new Date('2021-12-15T03:00:02.500Z') });
    expect(autosaver.version).toBe(3);
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ version: 3, text: 'Gửi 6 tin' }));
    // confirmed by the server: the browser copy goes
    expect(storedDraft()).toBeNull();

    // the next edit carries the new version
    autosaver.change({ status: 'done' }, { immediate: true });
    await jest.advanceTimersByTimeAsync(0);
    expect((api.requests.at(-1)?.body as { version: number }).version).toBe(3);
    autosaver.stop();
  });

  it('saves at once on flush (blur) and sends nothing when nothing changed', async () => {
    const api = mockApi({ [SAVE]: savedAs });
    const { autosaver } = create();

    await expect(autosaver.flush()).resolves.toBe('saved');
    expect(api.requests).toHaveLength(0);

    autosaver.change({ text: 'Rời ô nhập' });
    await expect(autosaver.flush()).resolves.toBe('saved');
    expect(api.requests).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(5000);
    expect(api.requests).toHaveLength(1);
    autosaver.stop();
  });

  it('keeps text typed while a save is under way and saves it next, on the new version', async () => {
    let answer: (() => void) | undefined;
    const api = mockApi({
      [SAVE]: (request) =>
        new Promise((resolve) => {
          answer = () => resolve((savedAs as (r: typeof request) => { status: number; body: unknown })(request));
        }),
    });
    const { autosaver } = create();

    autosaver.change({ text: 'Phần đầu' });
    await jest.advanceTimersByTimeAsync(1500);
    expect(api.requests).toHaveLength(1);
    autosaver.change({ text: 'Phần đầu, phần sau' });
    answer?.();
    await jest.advanceTimersByTimeAsync(0);

    expect(autosaver.getSnapshot().state.kind).toBe('pending');
    expect(storedDraft()).toMatchObject({ text: 'Phần đầu, phần sau', baseVersion: 3 });

    await jest.advanceTimersByTimeAsync(1500);
    answer?.();
    await jest.advanceTimersByTimeAsync(0);
    expect(api.requests.map((request) => (request.body as { version: number; text: string }))).toEqual([
      expect.objectContaining({ version: 2, text: 'Phần đầu' }),
      expect.objectContaining({ version: 3, text: 'Phần đầu, phần sau' }),
    ]);
    expect(storedDraft()).toBeNull();
    autosaver.stop();
  });

  it('restores unsaved edits from the browser on opening, and saves them', async () => {
    writeDraft(REPORT_ID, section.id, { text: 'Gõ trước khi mất mạng', status: 'done', indicatorValues: [{ indicatorId: indicatorBulletin.id, value: 7 }] }, 2, localStorage);
    const api = mockApi({ [SAVE]: savedAs });

    const { autosaver } = create();
    expect(autosaver.getSnapshot()).toMatchObject({
      restored: true,
      content: { text: 'Gõ trước khi mất mạng', status: 'done', indicatorValues: [{ indicatorId: indicatorBulletin.id, value: 7 }] },
    });
    await jest.advanceTimersByTimeAsync(0);

    expect(api.requests.map((request) => request.body)).toEqual([
      { version: 2, text: 'Gõ trước khi mất mạng', status: 'done', indicatorValues: [{ indicatorId: indicatorBulletin.id, value: 7 }] },
    ]);
    expect(storedDraft()).toBeNull();
    autosaver.stop();
  });

  it('forgets a browser copy the server already holds, without saving', async () => {
    writeDraft(REPORT_ID, section.id, { text: section.text, status: section.status, indicatorValues: section.indicatorValues }, 1, localStorage);
    const api = mockApi({ [SAVE]: savedAs });

    const { autosaver } = create();
    await jest.advanceTimersByTimeAsync(2000);

    expect(autosaver.getSnapshot().restored).toBe(false);
    expect(api.requests).toHaveLength(0);
    expect(localStorage.getItem(draftKey(REPORT_ID, section.id))).toBeNull();
    autosaver.stop();
  });

  it('neither restores nor saves a section the user may not change', async () => {
    writeDraft(REPORT_ID, section.id, { text: 'Bản nháp cũ', status: null, indicatorValues: [] }, 1, localStorage);
    const api = mockApi({ [SAVE]: savedAs });

    const { autosaver } = create({ editable: false });
    autosaver.change({ text: 'x' });
    await jest.advanceTimersByTimeAsync(2000);

    expect(autosaver.getSnapshot().content.text).toBe(section.text);
    expect(api.requests).toHaveLength(0);
    expect(storedDraft()?.text).toBe('Bản nháp cũ');
    autosaver.stop();
  });

  describe('a stale save (409 STALE_VERSION)', () => {
    const server: ReportSectionDetail = { ...section, text: 'Đồng nghiệp đã sửa', status: 'done', version: 5, updatedAt: '2021-12-15T02:59:00.000Z' };

    function conflictThenSaved(): MockHandler {
      let calls = 0;
      return (request) => {
        calls += 1;
        if (calls === 1) return { status: 409, body: { code: 'STALE_VERSION', message: 'Someone saved first', details: { server } } };
        return (savedAs as (r: typeof request) => { status: number; body: unknown })(request);
      };
    }

    it('never overwrites: both texts are kept until the user chooses, and nothing is retried', async () => {
      const api = mockApi({ [SAVE]: conflictThenSaved() });
      const { autosaver } = create();

      autosaver.change({ text: 'Bản của tôi' });
      await jest.advanceTimersByTimeAsync(1500);

      expect(autosaver.getSnapshot()).toMatchObject({
        state: { kind: 'conflict' },
        conflict: { text: 'Đồng nghiệp đã sửa', version: 5 },
        content: { text: 'Bản của tôi' },
      });
      expect(storedDraft()).toMatchObject({ text: 'Bản của tôi', baseVersion: 2 });
      await expect(autosaver.flush()).resolves.toBe('conflict');
      await jest.advanceTimersByTimeAsync(60_000);
      expect(api.requests).toHaveLength(1);
      autosaver.stop();
    });

    it('"keep mine" saves the user\'s text on top of the server\'s version', async () => {
      const api = mockApi({ [SAVE]: conflictThenSaved() });
      const { autosaver } = create();
      autosaver.change({ text: 'Bản của tôi' });
      await jest.advanceTimersByTimeAsync(1500);

      await expect(autosaver.keepMine()).resolves.toBe('saved');

      expect(api.requests.at(-1)?.body).toMatchObject({ version: 5, text: 'Bản của tôi' });
      expect(autosaver.getSnapshot()).toMatchObject({ conflict: null, state: { kind: 'saved' } });
      expect(autosaver.version).toBe(6);
      expect(storedDraft()).toBeNull();
      autosaver.stop();
    });

    it('"use the server copy" replaces the local text and forgets the browser copy', async () => {
      const api = mockApi({ [SAVE]: conflictThenSaved() });
      const { autosaver, onSaved } = create();
      autosaver.change({ text: 'Bản của tôi' });
      await jest.advanceTimersByTimeAsync(1500);

      autosaver.takeServerCopy();

      expect(autosaver.getSnapshot()).toMatchObject({ conflict: null, content: { text: 'Đồng nghiệp đã sửa', status: 'done' } });
      expect(autosaver.version).toBe(5);
      expect(onSaved).toHaveBeenLastCalledWith(server);
      expect(storedDraft()).toBeNull();
      await jest.advanceTimersByTimeAsync(5000);
      expect(api.requests).toHaveLength(1);
      autosaver.stop();
    });
  });

  describe('a lost connection', () => {
    it('keeps the text in the browser and retries with backoff until the server answers', async () => {
      const api = mockApi({ [SAVE]: savedAs });
      api.fetch.mockRejectedValueOnce(new TypeError('Failed to fetch')).mockRejectedValueOnce(new TypeError('Failed to fetch'));
      const { autosaver } = create();

      autosaver.change({ text: 'Không mất chữ' });
      await jest.advanceTimersByTimeAsync(1500);
      expect(api.fetch).toHaveBeenCalledTimes(1);
      expect(autosaver.getSnapshot().state.kind).toBe('offline');
      expect(storedDraft()?.text).toBe('Không mất chữ');

      await jest.advanceTimersByTimeAsync(retryDelay(0));
      expect(api.fetch).toHaveBeenCalledTimes(2);
      expect(autosaver.getSnapshot().state.kind).toBe('offline');

      await jest.advanceTimersByTimeAsync(retryDelay(1) - 1);
      expect(api.fetch).toHaveBeenCalledTimes(2);
      await jest.advanceTimersByTimeAsync(1);
      expect(api.fetch).toHaveBeenCalledTimes(3);
      expect(autosaver.getSnapshot().state.kind).toBe('saved');
      expect(storedDraft()).toBeNull();
      autosaver.stop();
    });

    it('treats a gateway failure (API stopped behind a proxy) as offline too', async () => {
      const api = mockApi({ [SAVE]: { status: 502, body: 'Bad Gateway' } });
      const { autosaver } = create();
      autosaver.change({ text: 'Qua proxy' });
      await jest.advanceTimersByTimeAsync(1500);
      expect(api.requests).toHaveLength(1);
      expect(autosaver.getSnapshot().state.kind).toBe('offline');
      autosaver.stop();
    });

    it('tries again as soon as the browser is back online', async () => {
      const api = mockApi({ [SAVE]: savedAs });
      api.fetch.mockRejectedValueOnce(new TypeError('Failed to fetch'));
      const { autosaver } = create();
      autosaver.change({ text: 'Có mạng lại' });
      await jest.advanceTimersByTimeAsync(1500);
      expect(autosaver.getSnapshot().state.kind).toBe('offline');

      window.dispatchEvent(new Event('online'));
      await jest.advanceTimersByTimeAsync(0);

      expect(api.fetch).toHaveBeenCalledTimes(2);
      expect(autosaver.getSnapshot().state.kind).toBe('saved');
      autosaver.stop();
    });
  });

  it('puts 422 field errors on the fields and keeps the edit', async () => {
    mockApi({
      [SAVE]: {
        status: 422,
        body: {
          code: 'VALIDATION_FAILED',
          message: 'Invalid',
          details: [{ field: 'indicatorValues.0.value', constraints: { isInt: 'Whole numbers only' } }],
        },
      },
    });
    const { autosaver } = create();
    autosaver.change({ indicatorValues: [{ indicatorId: indicatorBulletin.id, value: 2.5 }] });
    await jest.advanceTimersByTimeAsync(1500);

    expect(autosaver.getSnapshot()).toMatchObject({ state: { kind: 'invalid' }, fieldErrors: { [`indicator:${indicatorBulletin.id}`]: 'isInt' } });
    expect(storedDraft()?.indicatorValues).toEqual([{ indicatorId: indicatorBulletin.id, value: 2.5 }]);
    autosaver.stop();
  });
});

describe(mapFieldErrors.name, () => {
  it('maps API field paths onto the editor fields', () => {
    const sent = { text: '', status: null, indicatorValues: [{ indicatorId: 'a', value: 1 }, { indicatorId: 'b', value: 2.5 }] };
    expect(
      mapFieldErrors(
        [
          { field: 'indicatorValues.1.value', constraints: { isInt: '…' } },
          { field: 'text', constraints: { maxLength: '…' } },
          { field: 'status', constraints: { generalSection: '…' } },
        ],
        sent,
      ),
    ).toEqual({ 'indicator:b': 'isInt', text: 'maxLength', status: 'generalSection' });
  });
});

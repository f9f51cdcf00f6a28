import type { BulletinItem, SaveBulletinItemRequest } from '@giao-ban/shared';
import { ApiError } from '@/lib/api-client';
import { draftItem } from '@/testing/bulletin-fixtures';
import { ItemAutosaver } from './item-autosaver';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, value),
  };
}

function setup(item: BulletinItem = draftItem, storage = memoryStorage()) {
  const sent: SaveBulletinItemRequest[] = [];
  let answer: (body: SaveBulletinItemRequest) => Promise<BulletinItem> = async (body) => ({ ...item, ...body, revision: body.expectedRevision + 1 });
  const sut = new ItemAutosaver({
    item,
    storage,
    debounceMs: 1000,
    save: (_id, body) => {
      sent.push(body);
      return answer(body);
    },
  });
  sut.start();
  return { sut, sent, storage, answerWith: (next: typeof answer) => (answer = next) };
}

describe(ItemAutosaver.name, () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('saves once the typing pauses, with the revision the edit started from, then the next one', async () => {
    const { sut, sent } = setup();
    sut.change({ title: 'Tiếp Tổng Lãnh sự' });
    sut.change({ body: 'Sáng 6/7' });
    await jest.advanceTimersByTimeAsync(999);
    expect(sent).toHaveLength(0);
    await jest.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([expect.objectContaining({ title: 'Tiếp Tổng Lãnh sự', body: 'Sáng 6/7', expectedRevision: 3 })]);
    expect(sut.getSnapshot().state.kind).toBe('saved');
    sut.change({ body: 'Sáng 6/7, tại Hạ Long' });
    await sut.flush();
    expect(sent[1]).toEqual(expect.objectContaining({ body: 'Sáng 6/7, tại Hạ Long', expectedRevision: 4 }));
  });

  it('keeps both copies on a 409 until the user chooses, then saves theirs over the server revision', async () => {
    const { sut, sent, answerWith } = setup();
    const server = { ...draftItem, body: 'Bản của đồng nghiệp', revision: 7 };
    answerWith(async () => {
      throw new ApiError({ status: 409, code: 'STALE_VERSION', message: 'stale', details: { server } as never });
    });
    sut.change({ body: 'Bản của tôi' });
    expect(await sut.flush()).toBe('conflict');
    expect(sut.getSnapshot().conflict?.body).toBe('Bản của đồng nghiệp');
    expect(sut.getSnapshot().content.body).toBe('Bản của tôi');
    answerWith(async (body) => ({ ...draftItem, ...body, revision: 8 }));
    expect(await sut.keepMine()).toBe('saved');
    expect(sent.at(-1)).toEqual(expect.objectContaining({ body: 'Bản của tôi', expectedRevision: 7 }));
    expect(sut.getSnapshot().conflict).toBeNull();
  });

  it('takes the server copy when asked, dropping the typed text from the browser too', async () => {
    const storage = memoryStorage();
    const { sut, answerWith } = setup(draftItem, storage);
    const server = { ...draftItem, body: 'Bản của đồng nghiệp', revision: 7 };
    answerWith(async () => {
      throw new ApiError({ status: 409, code: 'STALE_VERSION', message: 'stale', details: { server } as never });
    });
    sut.change({ body: 'Bản của tôi' });
    await sut.flush();
    sut.takeServerCopy();
    expect(sut.getSnapshot().content.body).toBe('Bản của đồng nghiệp');
    expect(storage.length).toBe(0);
  });

  it('keeps the text in the browser when the server cannot be reached, retries, and gives it back on reopening', async () => {
    const storage = memoryStorage();
    const { sut, sent, answerWith } = setup(draftItem, storage);
    answerWith(async () => {
      throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: 'offline' });
    });
    sut.change({ body: 'Viết khi mất mạng' });
    expect(await sut.flush()).toBe('offline');
    sut.stop();

    const reopened = setup(draftItem, storage);
    expect(reopened.sut.getSnapshot().restored).toBe(true);
    expect(reopened.sut.getSnapshot().content.body).toBe('Viết khi mất mạng');
    await jest.advanceTimersByTimeAsync(0);
    expect(reopened.sent).toEqual([expect.objectContaining({ body: 'Viết khi mất mạng', expectedRevision: 3 })]);
    expect(storage.length).toBe(0);
    expect(sent).toHaveLength(1);
  });

  it('forgets a browser copy typed on an older revision than the server holds', () => {
    const storage = memoryStorage();
    storage.setItem(`giao-ban.bulletin-item-draft:${draftItem.id}`, JSON.stringify({ baseRevision: 2, content: { ...draftItem, body: 'cũ' } }));
    const { sut } = setup(draftItem, storage);
    expect(sut.getSnapshot().restored).toBe(false);
    expect(sut.getSnapshot().content.body).toBe('');
    expect(storage.length).toBe(0);
  });
});

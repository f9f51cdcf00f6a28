import { clearDraft, draftKey, readDraft, recoverDraft, settleDraft, writeDraft } from './draft-storage';
import type { SectionContent } from './section-content';

const content = (text: string, overrides: Partial<SectionContent> = {}): SectionContent => ({
  text,
  status: 'in_progress',
  indicatorValues: [{ indicatorId: 'ind-1', value: 4 }],
  ...overrides,
});

describe('draft storage (the browser copy of unsaved edits)', () => {
  it('keeps one entry per report and section, with the version the edit started from', () => {
    writeDraft('r-1', 's-1', content('Bản nháp'), 3, localStorage, new Date('2021-12-10T02:00:00Z'));
    writeDraft('r-1', 's-2', content('Phần khác'), 1, localStorage);

    expect(localStorage.getItem(draftKey('r-1', 's-1'))).not.toBeNull();
    expect(readDraft('r-1', 's-1', localStorage)).toEqual({
      ...content('Bản nháp'),
      baseVersion: 3,
      editedAt: '2021-12-10T02:00:00.000Z',
    });
    expect(readDraft('r-1', 's-2', localStorage)?.text).toBe('Phần khác');
    expect(readDraft('r-2', 's-1', localStorage)).toBeNull();

    clearDraft('r-1', 's-1', localStorage);
    expect(readDraft('r-1', 's-1', localStorage)).toBeNull();
    expect(readDraft('r-1', 's-2', localStorage)).not.toBeNull();
  });

  it('ignores entries that are not drafts', () => {
    localStorage.setItem(draftKey('r-1', 's-1'), '{not json');
    expect(readDraft('r-1', 's-1', localStorage)).toBeNull();
    localStorage.setItem(draftKey('r-1', 's-1'), JSON.stringify({ text: 1 }));
    expect(readDraft('r-1', 's-1', localStorage)).toBeNull();
    localStorage.setItem(draftKey('r-1', 's-1'), JSON.stringify({ text: 'x', baseVersion: 2, status: 'bogus' }));
    expect(readDraft('r-1', 's-1', localStorage)).toMatchObject({ text: 'x', status: null, indicatorValues: [] });
  });

  it('survives storage that throws (private mode, quota)', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    } as unknown as Storage;
    expect(() => writeDraft('r-1', 's-1', content('x'), 1, broken)).not.toThrow();
    expect(readDraft('r-1', 's-1', broken)).toBeNull();
    expect(() => clearDraft('r-1', 's-1', broken)).not.toThrow();
  });

  describe('settleDraft (after the server confirmed a save)', () => {
    it('clears the draft when the server holds exactly that content', () => {
      writeDraft('r-1', 's-1', content('Đã lưu'), 1, localStorage);
      expect(settleDraft('r-1', 's-1', content('Đã lưu'), 2, localStorage)).toBe('cleared');
      expect(readDraft('r-1', 's-1', localStorage)).toBeNull();
    });

    it('keeps text typed while the save was under way, now based on the new version', () => {
      writeDraft('r-1', 's-1', content('Đã lưu và gõ thêm'), 1, localStorage);
      expect(settleDraft('r-1', 's-1', content('Đã lưu'), 2, localStorage)).toBe('kept');
      expect(readDraft('r-1', 's-1', localStorage)).toMatchObject({ text: 'Đã lưu và gõ thêm', baseVersion: 2 });
    });

    it('compares status and indicator values too', () => {
      writeDraft('r-1', 's-1', content('A', { status: 'done' }), 1, localStorage);
      expect(settleDraft('r-1', 's-1', content('A'), 2, localStorage)).toBe('kept');
      writeDraft('r-1', 's-1', content('A', { indicatorValues: [{ indicatorId: 'ind-1', value: 5 }] }), 1, localStorage);
      expect(settleDraft('r-1', 's-1', content('A'), 2, localStorage)).toBe('kept');
    });
  });

  describe('recoverDraft (on opening the editor)', () => {
    it('restores edits the server does not have', () => {
      const stored = { ...content('Chưa lưu'), baseVersion: 1, editedAt: '' };
      expect(recoverDraft(stored, content('Trên máy chủ'))).toEqual({ kind: 'restore', draft: stored });
    });

    it('discards a draft the server already holds (the answer to the save was lost)', () => {
      const stored = { ...content('Giống nhau'), baseVersion: 1, editedAt: '' };
      expect(recoverDraft(stored, content('Giống nhau'))).toEqual({ kind: 'discard' });
    });

    it('treats a missing indicator value and null alike', () => {
      const stored = { ...content('A', { indicatorValues: [{ indicatorId: 'ind-1', value: null }] }), baseVersion: 1, editedAt: '' };
      expect(recoverDraft(stored, content('A', { indicatorValues: [] }))).toEqual({ kind: 'discard' });
    });

    it('has nothing to do without a draft', () => {
      expect(recoverDraft(null, content('A'))).toEqual({ kind: 'none' });
    });
  });
});

import { foldVietnamese, VIETNAMESE_MARKED_LETTERS } from './fold-vietnamese.js';

describe('foldVietnamese', () => {
  it.each([
    ['Nguyễn Văn Đức', 'nguyen van duc'],
    ['Sở Ngoại vụ', 'so ngoai vu'],
    ['HUYỆN BÌNH LIÊU', 'huyen binh lieu'],
    ['Trường', 'truong'],
    ['quantri', 'quantri'],
    ['Nguyễn'.normalize('NFD'), 'nguyen'],
    ['', ''],
  ])('%j → %j', (text, folded) => {
    expect(foldVietnamese(text)).toBe(folded);
  });

  it('folds every marked Vietnamese letter to one plain ASCII letter', () => {
    for (const letter of VIETNAMESE_MARKED_LETTERS) {
      expect(foldVietnamese(letter)).toMatch(/^[a-z]$/);
    }
    expect(VIETNAMESE_MARKED_LETTERS).toHaveLength(134);
  });
});

import { batchesOfStoredSize } from './stored-size-batches.js';

const sizes = (batches: { bytes: number }[][]) => batches.map((batch) => batch.map((item) => item.bytes));

describe(batchesOfStoredSize.name, () => {
  it.each([
    { items: [], limit: 10, expected: [] },
    { items: [3, 3, 3], limit: 10, expected: [[3, 3, 3]] },
    { items: [4, 4, 4], limit: 8, expected: [[4, 4], [4]] },
    { items: [2, 30, 2, 2], limit: 10, expected: [[2], [30], [2, 2]] },
    { items: [30], limit: 10, expected: [[30]] },
    { items: [0, 0, 10, 1], limit: 10, expected: [[0, 0, 10], [1]] },
  ])('$items within $limit: $expected', ({ items, limit, expected }) => {
    expect(sizes(batchesOfStoredSize(items.map((bytes) => ({ bytes })), limit))).toEqual(expected);
  });

  it('keeps every item, in order', () => {
    const items = [5, 1, 9, 2, 7, 3].map((bytes, order) => ({ bytes, order }));
    expect(batchesOfStoredSize(items, 8).flat()).toEqual(items);
  });
});

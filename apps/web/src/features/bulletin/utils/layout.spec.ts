import { openIssueDetail } from '@/testing/bulletin-fixtures';
import { canStep, layoutOf, layoutRequest, moveItem, stepItem, type LayoutSection } from './layout';

const ids = (layout: LayoutSection[]) => layout.map((section) => `${section.title}: ${section.itemIds.join(',')}`);

describe('bulletin layout', () => {
  const layout = layoutOf(openIssueDetail);

  it('reads the stored layout: the sections in order, their accepted items by position, nothing else', () => {
    expect(ids(layout)).toEqual(['Tin trong tỉnh: it-3,it-4', 'Hợp tác quốc tế: it-5', 'Quảng bá hình ảnh: ']);
  });

  it('puts an accepted item whose section is gone at the end of the first section', () => {
    const items = [...openIssueDetail.items, { ...openIssueDetail.items[2], id: 'it-6', section: 'Mục đã đổi tên', position: 0 }];
    expect(ids(layoutOf({ sections: openIssueDetail.sections, items }))[0]).toBe('Tin trong tỉnh: it-3,it-4,it-6');
  });

  it.each([
    ['within a section', 'it-4', 0, 0, ['Tin trong tỉnh: it-4,it-3', 'Hợp tác quốc tế: it-5', 'Quảng bá hình ảnh: ']],
    ['into another section', 'it-3', 1, 1, ['Tin trong tỉnh: it-4', 'Hợp tác quốc tế: it-5,it-3', 'Quảng bá hình ảnh: ']],
    ['into an empty section', 'it-5', 2, 0, ['Tin trong tỉnh: it-3,it-4', 'Hợp tác quốc tế: ', 'Quảng bá hình ảnh: it-5']],
    ['past the end (clamped)', 'it-3', 1, 99, ['Tin trong tỉnh: it-4', 'Hợp tác quốc tế: it-5,it-3', 'Quảng bá hình ảnh: ']],
  ] as const)('moves an item %s', (_, itemId, toSection, toIndex, expected) => {
    expect(ids(moveItem(layout, itemId, toSection, toIndex))).toEqual(expected);
  });

  it('steps an item across section edges, as the ↑ ↓ buttons do, and no further than the ends', () => {
    expect(ids(stepItem(layout, 'it-4', 1))).toEqual(['Tin trong tỉnh: it-3', 'Hợp tác quốc tế: it-4,it-5', 'Quảng bá hình ảnh: ']);
    expect(ids(stepItem(layout, 'it-5', -1))).toEqual(['Tin trong tỉnh: it-3,it-4,it-5', 'Hợp tác quốc tế: ', 'Quảng bá hình ảnh: ']);
    expect(ids(stepItem(layout, 'it-5', 1))).toEqual(['Tin trong tỉnh: it-3,it-4', 'Hợp tác quốc tế: ', 'Quảng bá hình ảnh: it-5']);
    expect(canStep(layout, 'it-3', -1)).toBe(false);
    expect(ids(stepItem(layout, 'it-3', -1))).toEqual(ids(layout));
    expect(canStep(layout, 'it-5', 1)).toBe(true);
    const last = stepItem(layout, 'it-5', 1);
    expect(canStep(last, 'it-5', 1)).toBe(false);
  });

  it('sends the sections with trimmed titles, every item once, and the columns', () => {
    const renamed = layout.map((section, index) => (index === 0 ? { ...section, title: '  Tin trong tỉnh ' } : section));
    expect(layoutRequest(renamed, true)).toEqual({
      sections: [
        { title: 'Tin trong tỉnh', itemIds: ['it-3', 'it-4'] },
        { title: 'Hợp tác quốc tế', itemIds: ['it-5'] },
        { title: 'Quảng bá hình ảnh', itemIds: [] },
      ],
      twoColumns: true,
    });
  });
});

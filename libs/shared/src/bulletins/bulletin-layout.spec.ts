import { validateBulletinLayout } from './bulletin-layout.js';
import type { BulletinLayoutRequest } from './bulletin.types.js';

const layout = (sections: BulletinLayoutRequest['sections']): BulletinLayoutRequest => ({ sections, twoColumns: false });

describe(validateBulletinLayout.name, () => {
  const accepted = ['11', '12', '13'];
  it.each<[string, BulletinLayoutRequest['sections'], string[]]>([
    ['every accepted item once', [{ title: 'Tin trong tỉnh', itemIds: ['12', '11'] }, { title: 'Hợp tác quốc tế', itemIds: ['13'] }], []],
    ['an empty section too', [{ title: 'Tin trong tỉnh', itemIds: ['11', '12', '13'] }, { title: 'Quảng bá hình ảnh', itemIds: [] }], []],
    ['an item left out', [{ title: 'Tin trong tỉnh', itemIds: ['11', '12'] }], ['sections']],
    ['an item twice', [{ title: 'A', itemIds: ['11', '12'] }, { title: 'B', itemIds: ['13', '11'] }], ['sections.1.itemIds.1']],
    ['an item not accepted (another issue’s, a draft)', [{ title: 'A', itemIds: ['11', '12', '13', '99'] }], ['sections.0.itemIds.3']],
    ['a blank title', [{ title: '  ', itemIds: ['11', '12', '13'] }], ['sections.0.title']],
    ['a title twice', [{ title: 'A', itemIds: ['11'] }, { title: 'A ', itemIds: ['12', '13'] }], ['sections.1.title']],
    ['no section', [], ['sections', 'sections']],
  ])('%s', (_label, sections, expected) => {
    expect(validateBulletinLayout(layout(sections), accepted).map((e) => e.field)).toEqual(expected);
  });

  it('accepts an empty layout of an issue with nothing accepted', () => {
    expect(validateBulletinLayout(layout([{ title: 'Tin trong tỉnh', itemIds: [] }]), [])).toEqual([]);
  });
});

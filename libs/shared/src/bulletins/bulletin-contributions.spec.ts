import { tallyBulletinContributions, unitsYetToContribute } from './bulletin-contributions.js';

describe(tallyBulletinContributions.name, () => {
  const units = [
    { agencyId: '1', agencyName: 'Sở Ngoại vụ' },
    { agencyId: '6', agencyName: 'Công an tỉnh' },
    { agencyId: '7', agencyName: 'Huyện Bình Liêu' },
  ];
  const tally = tallyBulletinContributions(2021, units, [
    { agencyId: '1', month: 1 },
    { agencyId: '1', month: 6 },
    { agencyId: '1', month: 7 },
    { agencyId: '1', month: 7 },
    { agencyId: '6', month: 12 },
    { agencyId: '99', month: 7 }, // a unit not asked
    { agencyId: '6', month: 13 }, // not a month
  ]);

  it('counts per unit and month, with the halves', () => {
    expect(tally.rows.map((r) => [r.agencyName, r.months.join(' '), r.firstHalf, r.secondHalf, r.total])).toEqual([
      ['Sở Ngoại vụ', '1 0 0 0 0 1 2 0 0 0 0 0', 2, 2, 4],
      ['Công an tỉnh', '0 0 0 0 0 0 0 0 0 0 0 1', 0, 1, 1],
      ['Huyện Bình Liêu', '0 0 0 0 0 0 0 0 0 0 0 0', 0, 0, 0],
    ]);
  });

  it('adds up the committee', () => {
    expect(tally.totals).toEqual({ months: [1, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 1], firstHalf: 2, secondHalf: 3, total: 5 });
    expect(tally.year).toBe(2021);
  });
});

describe(unitsYetToContribute.name, () => {
  it.each([
    [['1', '2', '3'], ['2'], ['1', '3']],
    [['1', '2'], ['1', '2', '2'], []],
    [['1'], [], ['1']],
  ])('%j minus %j', (members, sent, expected) => expect(unitsYetToContribute(members, sent)).toEqual(expected));
});

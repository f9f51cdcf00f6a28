import type { Role } from '@giao-ban/shared';
import { canReadReports, canSeeAllReports, seesEveryUnit } from './authorization';

describe('who reads reports and who sees every unit', () => {
  it.each<[Role, { readsSome: boolean; readsEvery: boolean; everyUnit: boolean }]>([
    ['agency_reporter', { readsSome: true, readsEvery: false, everyUnit: false }],
    ['agency_head', { readsSome: true, readsEvery: false, everyUnit: false }],
    ['office', { readsSome: true, readsEvery: true, everyUnit: true }],
    ['leader', { readsSome: true, readsEvery: true, everyUnit: true }],
    // the administrator sees the committee's figures but reads no unit's report (SPEC §1)
    ['admin', { readsSome: false, readsEvery: false, everyUnit: true }],
  ])('%s', (role, expected) => {
    expect({ readsSome: canReadReports(role), readsEvery: canSeeAllReports(role), everyUnit: seesEveryUnit(role) }).toEqual(expected);
  });
});

import { fromVietnamWallClock, offsetParts, toVietnamWallClock } from './demo-clock';

describe('demo clock in Vietnam time', () => {
  it.each([
    ['2021-12-14T02:00:00.000Z', '2021-12-14T09:00'],
    ['2021-12-31T17:30:00.000Z', '2022-01-01T00:30'],
    ['2026-05-04T03:00:00Z', '2026-05-04T10:00'],
  ])('%s reads %s on Vietnam\'s wall clock, and back', (iso, wallClock) => {
    expect(toVietnamWallClock(iso)).toBe(wallClock);
    expect(Date.parse(fromVietnamWallClock(wallClock))).toBe(Date.parse(iso));
  });

  it.each<[number, ReturnType<typeof offsetParts>]>([
    [0, { ahead: false, days: 0, hours: 0, minutes: 0 }],
    [5700, { ahead: true, days: 3, hours: 23, minutes: 0 }],
    [-1441, { ahead: false, days: 1, hours: 0, minutes: 1 }],
    [90, { ahead: true, days: 0, hours: 1, minutes: 30 }],
  ])('an offset of %d minutes is %j', (minutes, parts) => {
    expect(offsetParts(minutes)).toEqual(parts);
  });
});

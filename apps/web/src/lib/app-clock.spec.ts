import { appNow, appToday, noteAppTime } from './app-clock';

const headers = (value: string | null) => ({ get: (name: string) => (name.toLowerCase() === 'x-app-time' ? value : null) });

describe('appNow', () => {
  it('is the time the API last said, moving on with this computer\'s clock', () => {
    const received = Date.parse('2026-12-04T10:00:00Z');
    noteAppTime(headers('2021-12-20T03:00:00.000Z'), received);
    const elapsed = Date.now() - received;
    expect(Math.abs(appNow().getTime() - (Date.parse('2021-12-20T03:00:00.000Z') + elapsed))).toBeLessThan(1000);
  });

  it('keeps what it knew when an answer says nothing readable', () => {
    noteAppTime(headers('2021-12-20T03:00:00.000Z'), Date.now());
    for (const value of [null, '', 'not a time']) noteAppTime(headers(value));
    noteAppTime(undefined);
    expect(Math.abs(appNow().getTime() - Date.parse('2021-12-20T03:00:00.000Z'))).toBeLessThan(1000);
  });
});

describe('appToday', () => {
  it('is the API\'s day in Vietnam\'s calendar, not the UTC one', () => {
    noteAppTime(headers('2021-12-19T17:30:00.000Z'), Date.now());
    expect(appToday()).toBe('2021-12-20');
  });
});

import { LOGIN_PATTERN, PHONE_PATTERN } from './user-account.types.js';

describe('LOGIN_PATTERN', () => {
  it.each([
    ['quantri', true],
    ['lanhdaosongoaivu', true],
    ['nguyen.van.a', true],
    ['can_bo-01', true],
    ['ab', false], // too short
    ['a'.repeat(60), true],
    ['a'.repeat(61), false],
    ['QuanTri', false], // logins are stored lower-case
    ['.quantri', false],
    ['quantri-', false],
    ['quản trị', false],
    ['van phong', false],
  ])('%j → %s', (login, valid) => {
    expect(LOGIN_PATTERN.test(login)).toBe(valid);
  });
});

describe('PHONE_PATTERN', () => {
  it.each([
    ['0203 3835 123', true],
    ['+84 912.345.678', true],
    ['0912-345-678', true],
    ['02033835123', true],
    ['12345', false],
    ['abc 123 456', false],
    ['+84 912 345 678 901 234', false],
    ['0912 345 678 ', false],
  ])('%j → %s', (phone, valid) => {
    expect(PHONE_PATTERN.test(phone)).toBe(valid);
  });
});

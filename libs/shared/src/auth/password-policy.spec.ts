import { characterKinds, isAcceptablePassword, passwordProblems, type PasswordProblem } from './password-policy.js';

describe('passwordProblems', () => {
  it.each<[string, string | null, PasswordProblem[]]>([
    ['GiaoBan@2021', null, []],
    ['dai-va-de-nho-2025', null, []], // lower, digits, symbols: three kinds
    ['Đường Biên 2025', null, []], // Vietnamese letters count as letters; a space is a symbol
    ['Ab1@', null, ['tooShort']],
    ['Abcdefgh1', null, ['tooShort']], // nine characters
    ['Abcdefgh12', null, []], // ten characters, three kinds
    ['Đườngbiên1', null, []], // ten characters though more UTF-16 units when decomposed
    ['abcdefghijkl', null, ['tooFewKinds']],
    ['ABCDEFGHIJ12', null, ['tooFewKinds']],
    ['1234567890123', null, ['tooFewKinds']],
    ['Quantri@2025', 'quantri', ['containsLogin']],
    ['xQUANTRI-2025', 'QuanTri', ['containsLogin']],
    ['Ab@2025xyzw', 'ab', []], // logins shorter than three letters are not looked for
    [' GiaoBan@2021', null, ['spaceAtEdge']],
    ['GiaoBan@2021 ', null, ['spaceAtEdge']],
    [`Aa1${'x'.repeat(126)}`, null, ['tooLong']],
    ['', null, ['tooShort', 'tooFewKinds']],
  ])('%j (login %j) → %j', (password, login, expected) => {
    expect(passwordProblems(password, { login })).toEqual(expected);
  });

  it('counts characters, not UTF-16 units, against the minimum', () => {
    const decomposed = 'Đườngbiê1'.normalize('NFD'); // nine characters once composed
    expect(decomposed.length).toBeGreaterThanOrEqual(10);
    expect(passwordProblems(decomposed)).toEqual(['tooShort']);
  });
});

describe('characterKinds', () => {
  it.each([
    ['abc', 1],
    ['abcD', 2],
    ['abcD9', 3],
    ['abcD9!', 4],
    ['ươngĐ', 2],
    ['  ', 1],
    ['đươ1'.normalize('NFD'), 2], // combining marks belong to their letter
  ])('%j → %d', (password, kinds) => {
    expect(characterKinds(password)).toBe(kinds);
  });
});

describe('isAcceptablePassword', () => {
  it('is true exactly when there is no problem', () => {
    expect(isAcceptablePassword('GiaoBan@2021')).toBe(true);
    expect(isAcceptablePassword('giaoban@2021x', { login: 'giaoban' })).toBe(false);
  });
});

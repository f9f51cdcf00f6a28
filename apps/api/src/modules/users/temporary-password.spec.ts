import { isAcceptablePassword } from '@giao-ban/shared';
import { generateTemporaryPassword } from './temporary-password.js';

describe(generateTemporaryPassword.name, () => {
  it('is three groups of four readable characters that pass the password rule', () => {
    for (let i = 0; i < 200; i++) {
      const sut = generateTemporaryPassword();
      expect(sut).toMatch(/^[A-HJ-NP-Za-km-np-z2-9]{4}-[A-HJ-NP-Za-km-np-z2-9]{4}-[A-HJ-NP-Za-km-np-z2-9]{4}$/);
      expect(isAcceptablePassword(sut)).toBe(true);
    }
  });

  it('is different every time', () => {
    const seen = new Set(Array.from({ length: 500 }, () => generateTemporaryPassword()));
    expect(seen.size).toBe(500);
  });
});

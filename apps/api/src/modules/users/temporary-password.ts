import { randomInt } from 'node:crypto';
import { isAcceptablePassword } from '@giao-ban/shared';

// Letters and digits nobody misreads when it is dictated or copied by hand: no I, l, 1, O, o, 0.
const READABLE = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
const GROUPS = 3;
const GROUP_LENGTH = 4;

/**
 * A one-time password the administrator hands over (shown once, never stored in clear): three
 * groups of four readable characters, e.g. `Kp7x-Hm3q-Tz9w` — about 70 bits from the system's
 * cryptographic generator. It passes the password rule, so it is never weaker than one a user
 * could choose.
 */
export function generateTemporaryPassword(): string {
  for (;;) {
    const groups = Array.from({ length: GROUPS }, () =>
      Array.from({ length: GROUP_LENGTH }, () => READABLE[randomInt(READABLE.length)]).join(''),
    );
    const password = groups.join('-');
    if (isAcceptablePassword(password)) return password;
  }
}

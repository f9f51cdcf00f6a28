import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, t=3), OWASP's first recommendation. */
@Injectable()
export class PasswordHasher {
  // Verified against when the login is unknown, so both paths take the same time.
  private readonly decoy = argon2.hash('decoy-password-for-unknown-logins', { type: argon2.argon2id });

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    if (hash === null) {
      await argon2.verify(await this.decoy, password);
      return false;
    }
    return argon2.verify(hash, password);
  }
}

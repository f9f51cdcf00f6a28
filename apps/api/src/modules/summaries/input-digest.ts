import { createHash } from 'node:crypto';
import type { InputDigest } from '@giao-ban/shared';

/** Written before each digest, so a digest stored by another algorithm never equals a new one (it reads as changed). */
const ALGORITHM = 'sha256';

/**
 * What a unit gave a summary section, digested to tell on a later look whether it changed (the
 * section's stored inputs): the first 128 bits of its SHA-256, in base64url, after the algorithm's name.
 */
export const inputDigest: InputDigest = (text) => `${ALGORITHM}:${createHash('sha256').update(text).digest('base64url').slice(0, 22)}`;

/**
 * Sign-in back-off, counted per account and per client address from consecutive failed attempts
 * (a successful sign-in is never counted against anyone). An account is locked after a few
 * failures, an address — which may be a whole office behind one router — after many; each further
 * failure doubles the wait, up to a ceiling. Failures older than the memory window are forgotten.
 */
export const SIGN_IN_THROTTLE = {
  account: { freeFailures: 5 },
  address: { freeFailures: 20 },
  firstLockSeconds: 60,
  maxLockSeconds: 15 * 60,
  /** A failure this old no longer counts: a user who mistyped yesterday starts afresh. */
  memorySeconds: 60 * 60,
} as const;

export type SignInThrottleKind = keyof Pick<typeof SIGN_IN_THROTTLE, 'account' | 'address'>;

/** Seconds a key stays locked after its `failures`-th consecutive failure (0: not locked). */
export function signInLockSeconds(kind: SignInThrottleKind, failures: number): number {
  const over = failures - SIGN_IN_THROTTLE[kind].freeFailures;
  if (over < 0) return 0;
  return Math.min(SIGN_IN_THROTTLE.firstLockSeconds * 2 ** Math.min(over, 20), SIGN_IN_THROTTLE.maxLockSeconds);
}

/** Consecutive failures that still count at `now`, given the last one's time. */
export function failuresStillCounted(failures: number, lastFailureAt: Date | null, now: Date): number {
  if (!lastFailureAt) return 0;
  return now.getTime() - lastFailureAt.getTime() > SIGN_IN_THROTTLE.memorySeconds * 1000 ? 0 : failures;
}

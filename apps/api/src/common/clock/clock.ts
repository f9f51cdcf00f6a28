/** The current time, injected so that deadline tests set it instead of mocking Date. */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = { now: () => new Date() };

/**
 * The demo's clock (demo mode only): another clock's time moved by an offset the administrator
 * sets, so a demo can step to a reminder's date without waiting for it. The offset is kept in the
 * database by the demo-clock module and set here when the app starts and whenever it changes.
 */
export class AdjustableClock implements Clock {
  private offsetMs = 0;

  constructor(private readonly base: Clock = systemClock) {}

  now(): Date {
    return new Date(this.base.now().getTime() + this.offsetMs);
  }

  /** The time without the offset: what "back to real time" returns to. */
  realNow(): Date {
    return this.base.now();
  }

  get offset(): number {
    return this.offsetMs;
  }

  setOffset(ms: number): void {
    this.offsetMs = ms;
  }
}

import type { Clock } from '../../server/deps';

/** A clock tests can move: timeouts, schedules and retention without waiting. */
export class TestClock implements Clock {
  private t: number;
  constructor(start: Date | string = '2026-11-23T09:00:00.000Z') {
    this.t = new Date(start).getTime();
  }
  now(): Date { return new Date(this.t); }
  set(d: Date | string): void { this.t = new Date(d).getTime(); }
  advance(ms: number): void { this.t += ms; }
  advanceMinutes(m: number): void { this.advance(m * 60_000); }
}

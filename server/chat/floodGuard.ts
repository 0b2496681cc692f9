/**
 * Per-socket sliding window: more than `limit` messages within `windowMs` are refused. Kept on
 * the socket itself (no store), so it costs nothing when Redis is down.
 */
export class FloodGuard {
  private readonly times: number[] = [];

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  /** Records an attempt; false when it is over the limit (refused attempts are not counted). */
  allow(): boolean {
    const now = this.now();
    while (this.times.length > 0 && (this.times[0] ?? now) <= now - this.windowMs) this.times.shift();
    if (this.times.length >= this.limit) return false;
    this.times.push(now);
    return true;
  }
}

export const FLOOD_LIMIT = 20;
export const FLOOD_WINDOW_MS = 10_000;

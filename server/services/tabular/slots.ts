/** A counting semaphore with a bounded queue: acquire() gives a release function, or null when the queue is full. */
export class Slots {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(size: number, private readonly maxWaiting: number) {
    this.free = size;
  }

  async acquire(): Promise<(() => void) | null> {
    if (this.free > 0) this.free--;
    else if (this.waiting.length >= this.maxWaiting) return null;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    };
  }
}

/**
 * A localStorage stand-in for the store tests: a Map behind the Storage interface, a read counter
 * (to prove nothing is read before the page starts), and a room counter that makes setItem throw
 * the browser's quota error once it runs out.
 */
export class FakeStorage implements Storage {
  data = new Map<string, string>();
  reads = 0;
  /** Writes allowed before setItem throws a quota error (Infinity: never). */
  room = Infinity;
  get length() { return this.data.size; }
  clear() { this.data.clear(); }
  getItem(key: string) { this.reads += 1; return this.data.get(key) ?? null; }
  key(index: number) { return [...this.data.keys()][index] ?? null; }
  removeItem(key: string) { this.data.delete(key); }
  setItem(key: string, value: string) {
    if (this.room <= 0) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.room -= 1;
    this.data.set(key, String(value));
  }
}

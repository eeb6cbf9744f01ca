/**
 * A memo of recent answers, bounded to `limit` entries. It keeps two generations: a lookup reads the current one,
 * then the previous one (and promotes what it finds); when the current one is full it becomes the previous one and
 * the generation before it is dropped whole. The obvious one-at-a-time eviction (delete the Map's first key) cost
 * ~2 us per miss once the Map was full, because V8 walks over the deleted entries at the front of the table every
 * time it looks for the first key; this costs a Map lookup or two. In memory only.
 */
export class RecentMemo<V> {
  private current = new Map<string, V>()
  private previous = new Map<string, V>()
  private readonly generationSize: number

  constructor(limit: number) {
    this.generationSize = Math.max(1, Math.floor(limit / 2))
  }

  /** The remembered value, or undefined when there is none (so values themselves are never undefined). */
  get(key: string): V | undefined {
    const recent = this.current.get(key)
    if (recent !== undefined) return recent
    const older = this.previous.get(key)
    if (older !== undefined) this.set(key, older)
    return older
  }

  set(key: string, value: V): void {
    if (this.current.size >= this.generationSize) {
      this.previous = this.current
      this.current = new Map()
    }
    this.current.set(key, value)
  }
}

/** A counter that also calls `side` with each increment (the console's taps on the intake and delivery counters). */
import type { Counter, Labels } from '../metrics/registry.ts'

export function alsoCount(counter: Counter, side: (labels: Labels | undefined, n: number) => void): Counter {
  return {
    inc(labels, n = 1) {
      counter.inc(labels, n)
      side(labels, n)
    },
    value: (labels) => counter.value(labels)
  }
}

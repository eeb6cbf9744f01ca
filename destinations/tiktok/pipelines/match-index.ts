/**
 * Narrows the pipelines an event can trigger by its call type and event name before any predicate runs: most
 * triggers require `type = ...` and `event = ...`/`in`, so a lookup replaces testing every pipeline. The index only
 * picks candidates; each candidate's full predicate still decides, so results equal testing them all, in order.
 * Event names are keyed in lower case, as the predicates compare them.
 */
import type { FqlCondition, FqlGroup } from '../mapping/fql-condition.ts'

/** Values a top-level child requires for one field (`field = v`, or an or-group of those), else undefined. */
function required(child: FqlCondition, type: 'event-type' | 'event'): string[] | undefined {
  const leaves = child.type === 'group' && child.operator === 'or' ? child.children : [child]
  const values: string[] = []
  for (const leaf of leaves) {
    if (leaf.type !== type || leaf.operator !== '=' || leaf.value === undefined) return undefined
    values.push(type === 'event' ? leaf.value.toLowerCase() : leaf.value)
  }
  return values
}

function requirements(trigger: FqlGroup, type: 'event-type' | 'event'): ReadonlySet<string> | undefined {
  for (const child of trigger.children) {
    const values = required(child, type)
    if (values) return new Set(values)
  }
  return undefined
}

interface Bucket<T> {
  byEvent: Map<string, T[]>
  rest: T[]
}

export function buildMatchIndex<T>(
  items: readonly T[],
  triggerOf: (item: T) => FqlGroup
): (event: Record<string, unknown>) => readonly T[] {
  const keyed = items.map((item) => {
    const trigger = triggerOf(item)
    return { item, types: requirements(trigger, 'event-type'), events: requirements(trigger, 'event') }
  })
  const bucket = (fitsType: (types: ReadonlySet<string> | undefined) => boolean): Bucket<T> => {
    const eligible = keyed.filter((k) => fitsType(k.types))
    const names = new Set(eligible.flatMap((k) => [...(k.events ?? [])]))
    const byEvent = new Map<string, T[]>()
    for (const name of names)
      byEvent.set(
        name,
        eligible.filter((k) => !k.events || k.events.has(name)).map((k) => k.item)
      )
    return { byEvent, rest: eligible.filter((k) => !k.events).map((k) => k.item) }
  }
  const byType = new Map<string, Bucket<T>>()
  for (const type of new Set(keyed.flatMap((k) => [...(k.types ?? [])]))) {
    byType.set(
      type,
      bucket((types) => !types || types.has(type))
    )
  }
  const otherTypes = bucket((types) => !types)
  return (event) => {
    const found = byType.get(event.type as string) ?? otherTypes
    const name = event.event
    return (typeof name === 'string' && found.byEvent.get(name.toLowerCase())) || found.rest
  }
}

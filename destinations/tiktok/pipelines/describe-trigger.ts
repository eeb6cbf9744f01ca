/**
 * A compiled trigger in words for people (validate's listing): the FQL, with each event name's list of spellings
 * (eventNameSpellings) folded back into the name as written and "any case". The subscription itself stays in
 * manifest.json and the presets.
 */
import type { FqlCondition, FqlGroup } from '../mapping/fql-condition.ts'
import { toFql } from './to-fql.ts'

/** The names an or-group of `event = ...` tests stands for, one per name whatever its spellings; else undefined. */
function eventNames(condition: FqlCondition): string[] | undefined {
  const leaves = condition.type === 'group' && condition.operator === 'or' ? condition.children : [condition]
  const names = new Map<string, string>()
  for (const leaf of leaves) {
    if (leaf.type !== 'event' || leaf.operator !== '=' || leaf.value === undefined) return undefined
    if (!names.has(leaf.value.toLowerCase())) names.set(leaf.value.toLowerCase(), leaf.value)
  }
  return [...names.values()]
}

export function describeTrigger(trigger: FqlGroup): string {
  return trigger.children
    .map((child) => {
      const names = eventNames(child)
      if (names) return `event ${names.map((n) => JSON.stringify(n)).join(' or ')} (any case)`
      return child.type === 'group' ? `(${toFql(child)})` : toFql(child)
    })
    .join(` ${trigger.operator} `)
}

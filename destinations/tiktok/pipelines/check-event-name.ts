/**
 * A pipeline's static TikTok event name, checked where it is written (issue 14): a name TikTok defines (any case;
 * web, app or legacy) is sent in TikTok's spelling; any other name is a mistake ("Subscibe": did you mean
 * Subscribe?) unless the entry declares a custom event on purpose with `custom: true`. TikTok takes custom names
 * for reporting and audiences only, so a typo that quietly became one would cost the campaign its optimisation.
 */
import { STANDARD_EVENTS, suggestEventName, tiktokSpelling } from '../core/standard-events.ts'

export type EventNameProblem = { key: 'value' | 'custom'; message: string }

/** The problem with a static event name, or undefined when it is fine. */
export function eventNameProblem(name: string, custom: boolean | undefined): EventNameProblem | undefined {
  const spelling = tiktokSpelling(name)
  if (custom === true) {
    if (spelling === undefined) return undefined
    return {
      key: 'custom',
      message: `${spelling} is a TikTok standard event, not a custom one; remove custom: true`
    }
  }
  if (spelling !== undefined) return undefined
  const suggestion = suggestEventName(name)
  return {
    key: 'value',
    message: suggestion
      ? `${JSON.stringify(name)} is not a TikTok event: did you mean ${suggestion}? (for a custom event on purpose, add custom: true)`
      : `${JSON.stringify(name)} is not a TikTok standard event (${STANDARD_EVENTS.join(', ')}); for a custom event on purpose (reporting and audiences only), add custom: true`
  }
}

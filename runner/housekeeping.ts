/**
 * The relay's hourly chores: retention (dead letters and hashed profiles past their days). The first run waits a
 * few seconds so it never competes with start-up; timers never keep a stopping relay alive.
 */
import type { RetentionOptions } from './config/schema.ts'
import { errorMessage, type Logger } from './log.ts'
import type { RelayStore } from './store/relay-store.ts'

const DAY_MS = 24 * 60 * 60 * 1000
const FIRST_RUN_MS = 5000
const EVERY_MS = 60 * 60 * 1000

export function startHousekeeping(
  store: RelayStore,
  retention: RetentionOptions,
  log: Logger
): { runNow(): Promise<void>; stop(): Promise<void> } {
  const limits = {
    deadLetterMaxAgeMs: retention.deadLetterDays * DAY_MS,
    profileMaxAgeMs: retention.profileDays * DAY_MS
  }
  let running: Promise<void> | undefined
  const runNow = () =>
    (running ??= store
      .prune(limits)
      .then((pruned) => {
        if (pruned.deadLetters || pruned.profiles) log.info('retention: deleted expired rows', { ...pruned })
      })
      .catch((err) => log.error('retention failed', { error: errorMessage(err) }))
      .finally(() => {
        running = undefined
      }))
  const first = setTimeout(runNow, FIRST_RUN_MS)
  const every = setInterval(runNow, EVERY_MS)
  first.unref?.()
  every.unref?.()
  return {
    runNow,
    /** Resolves once a prune under way has finished its chunk loop (the store closes after it). */
    async stop() {
      clearTimeout(first)
      clearInterval(every)
      await running
    }
  }
}

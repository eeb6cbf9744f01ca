/**
 * The relay's hourly chores: retention (dead letters and hashed profiles past their days, message claims past the
 * dedup window). The first run waits a few seconds so it never competes with start-up; timers never keep a stopping
 * relay alive. On PostgreSQL every relay runs the timer, and the store lets one of them at a time delete (an
 * advisory lock): the others' runs return ranHere: false and delete nothing.
 */
import type { RetentionOptions } from './config/schema.ts'
import { errorMessage, type Logger } from './log.ts'
import type { Store } from './store/store-interface.ts'

const DAY_MS = 24 * 60 * 60 * 1000
const FIRST_RUN_MS = 5000
const EVERY_MS = 60 * 60 * 1000

export function startHousekeeping(
  store: Pick<Store, 'prune'>,
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
      .then(({ ranHere, ...pruned }) => {
        if (ranHere && (pruned.deadLetters || pruned.profiles || pruned.claims))
          log.info('retention: deleted expired rows', { ...pruned })
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

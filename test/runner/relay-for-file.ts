/**
 * One relay process for a whole test file: started before its first test (60 s allowed: the relay's start-up), stopped
 * after its last. Tests read `relay.current`. Kept apart from relay-process.ts, which the benches load outside vitest.
 */
import { afterAll, beforeAll } from 'vitest'
import { type RelayProcess, startRelayProcess } from './relay-process.ts'

export function relayForFile(env: Record<string, string>): { readonly current: RelayProcess } {
  const holder: { current?: RelayProcess } = {}
  beforeAll(async () => {
    holder.current = await startRelayProcess(env)
  }, 60_000)
  afterAll(async () => {
    await holder.current?.stop()
  })
  return holder as { readonly current: RelayProcess }
}

/**
 * vitest globalSetup: at the end of the run, removes the temp dirs (test/fixtures/temp-dir.ts) this run made. Workers
 * are stopped without an `exit` event, so their own clean-up cannot be relied on; other runs' dirs are left alone.
 */
import { readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { TEMP_DIR_PREFIX } from './fixtures/temp-dir.ts'

export default function setup(): () => void {
  const started = Date.now()
  return () => {
    for (const name of readdirSync(tmpdir())) {
      if (!name.startsWith(TEMP_DIR_PREFIX)) continue
      const path = join(tmpdir(), name)
      try {
        const { birthtimeMs, ctimeMs } = statSync(path)
        if ((birthtimeMs || ctimeMs) >= started - 1000) rmSync(path, { recursive: true, force: true })
      } catch {}
    }
  }
}

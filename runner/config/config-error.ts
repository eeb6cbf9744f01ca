import type { Issue } from '../../destinations/tiktok/core/errors.ts'

/**
 * A configuration that cannot start the relay. Carries every issue; each `path` names where to fix it: an
 * environment variable (`PORT`), or `relay.yaml:4:5 destinations.0.pixelCode` for a key in the file.
 */
export class RelayConfigError extends Error {
  override readonly name = 'RelayConfigError'
  constructor(readonly issues: Issue[]) {
    super(`Invalid relay configuration:\n${issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`)
  }
}

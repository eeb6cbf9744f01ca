import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { buildRoutes } from '../../runner/config/build-routes.ts'
import { loadRelayConfig } from '../../runner/config/load-config.ts'

// The README points users at relay.example.yaml: it must load, route its write key and keep the token out of it.
const file = fileURLToPath(new URL('../../relay.example.yaml', import.meta.url))

describe('relay.example.yaml', () => {
  it('loads as documented, in dry-run until TIKTOK_ACCESS_TOKEN is set', async () => {
    const { config, dryRun, baseDir } = await loadRelayConfig({ file, env: {} })
    expect(dryRun).toBe(true)
    expect(config.destinations[0]).toMatchObject({ id: 'shop', pixelCode: 'C0123456789' })
    expect(config.destinations[0]!.settings).toMatchObject({ consentCategories: ['Advertising'], gpcAction: 'drop' })
    expect(config.destinations[0]!.writeKeys).toEqual([
      { key: 'shop-web-write-key', scope: 'browser' },
      { key: 'shop-backend-write-key', scope: 'server' }
    ])
    const { table, deliveryRoutes } = await buildRoutes(config, baseDir)
    expect(table).toBeDefined()
    expect([...deliveryRoutes.keys()]).toEqual(['shop'])
  })

  it('takes the access token from the environment', async () => {
    const { dryRun, config } = await loadRelayConfig({ file, env: { TIKTOK_ACCESS_TOKEN: 'from-env' } })
    expect(dryRun).toBe(false)
    expect(config.destinations[0]!.accessToken).toBe('from-env')
  })
})

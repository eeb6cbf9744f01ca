import { createRequire } from 'node:module'
import { defineConfig } from 'vitest/config'

const require = createRequire(import.meta.url)

export default defineConfig({
  resolve: {
    // actions-core's ESM build uses extension-less imports that Node's loader rejects; its CommonJS entry works.
    alias: { '@segment/actions-core': require.resolve('@segment/actions-core') }
  },
  test: {
    include: ['destinations/**/*.test.ts', 'runner/**/*.test.ts', 'test/**/*.test.ts', 'pipelines/**/*.test.ts'],
    exclude: ['test/runtimes/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['test/remove-temp-dirs.ts', 'test/global-postgres.ts']
  }
})

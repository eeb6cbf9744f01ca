/**
 * The one place that loads @segment/actions-core's runtime values; everything else imports them from here (types
 * still come from '@segment/actions-core': they vanish when compiled).
 *
 * Why not a plain `import`: actions-core's ESM build (dist/esm) imports its dependencies without file extensions and
 * reads named exports that @segment/destination-subscriptions only has in CommonJS, so Node's native ESM loader
 * (`node --import tsx`, `npx tsx script.ts`) stops with "does not provide an export named 'parseFql'". Its CommonJS
 * entry (dist/cjs, the package's `require` export) loads everywhere: Node, Bun, Deno (npm resolution through
 * node_modules), vitest, and bundlers.
 */
import { createRequire } from 'node:module'

type ActionsCore = typeof import('@segment/actions-core')

const actionsCore: ActionsCore = createRequire(import.meta.url)('@segment/actions-core')

export const {
  IntegrationError,
  InvalidAuthenticationError,
  MultiStatusResponse,
  PayloadValidationError,
  RetryableError,
  createTestIntegration
} = actionsCore

export type MultiStatusResponse = InstanceType<ActionsCore['MultiStatusResponse']>

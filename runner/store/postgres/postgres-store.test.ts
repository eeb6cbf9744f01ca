import { afterAll, beforeAll } from 'vitest'
import { type PostgresServer, privatePostgres, runSql, testDatabase } from '../../../test/fixtures/postgres.ts'
import { testStore } from '../conformance/store-suite.ts'
import { openPostgresStore } from './postgres-store.ts'

/** Narrow partitions and frequent upkeep: the suite's few hundred events cross partitions that are retired under it. */
const OPTIONS = { partitionWidth: 50, maintenanceEveryMs: 100 }
const PASSWORD = 'S3cret-Pw-of-the-tests'

let server: PostgresServer
beforeAll(async () => {
  server = await privatePostgres()
})
afterAll(() => server?.remove())

/** Every row of every table (partitions included) as text. */
async function dump(url: string): Promise<string> {
  const tables = await runSql(
    url,
    "SELECT c.relname AS name FROM pg_class c WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace"
  )
  const parts: string[] = []
  for (const { name } of tables) {
    for (const row of await runSql(url, `SELECT t::text AS row FROM "${name}" t`)) parts.push(`${name} ${row.row}`)
  }
  return parts.join('\n')
}

testStore({
  name: 'PostgreSQL',
  freshDatabase: () => testDatabase(),
  open: (url, options) => openPostgresStore(url, { ...OPTIONS, ...options }),
  dump,
  concurrentRelays: true,
  outage: {
    freshDatabase: async () => (await server.createDatabase()).replace('postgres@', `postgres:${PASSWORD}@`),
    secret: PASSWORD,
    stop: () => server.stop(),
    start: () => server.start(),
    restart: () => server.restart()
  }
})

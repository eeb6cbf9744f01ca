/**
 * `tiktok-events-relay import`: real files through the real reader, the core and the store interface (SQLite and
 * PostgreSQL), and through the command as a user runs it; delivery by a serving relay to the fake TikTok.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FakeTikTok, startFakeTikTok } from '../../test/fake-tiktok/server.ts'
import { testDatabase } from '../../test/fixtures/postgres.ts'
import { tempDir } from '../../test/fixtures/temp-dir.ts'
import { runCli } from '../../test/runner/relay-process.ts'
import { waitFor } from '../../test/runner/wait-for.ts'
import { main } from '../cli.ts'
import { loadRelayConfig } from '../config/load-config.ts'
import { silentLogger } from '../log.ts'
import { createRelay } from '../main-relay.ts'
import { openStore } from '../store/open-store.ts'
import { DEFAULT_MAP, MapFileError, readColumnMap } from './column-map.ts'
import { readCsv, readJsonLines } from './read-rows.ts'
import { runImport } from './run-import.ts'

const DAY = 86_400_000
const day = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString().slice(0, 10)
const TARGET = { routeId: 'default', source: 'offline' as const, setId: '8000000001', settings: {} }

/** Runs the CLI in-process, capturing what it prints. */
async function cli(argv: string[], env: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  const saved = { ...process.env }
  Object.assign(process.env, env)
  const out: string[] = []
  const err: string[] = []
  const log = console.log
  const error = console.error
  console.log = (...a: unknown[]) => out.push(a.join(' '))
  console.error = (...a: unknown[]) => err.push(a.join(' '))
  try {
    return { code: await main(argv), out: out.join('\n'), err: err.join('\n') }
  } finally {
    console.log = log
    console.error = error
    process.env = saved
  }
}

const SALES = [
  'Order ID,Order Date,Email,Phone,Total,Currency,Store ID',
  `o-1,${day(1)} 14:30,Jane@Example.com,+1 213 373 4253,49.90,USD,s-1`,
  `o-2,${day(2)},bob@example.com,,19,EUR,s-2`,
  `,${day(2)},carol@example.com,,7,EUR,s-2`
].join('\n')

describe('a CSV with bad rows: each one named by its line and column, the rest queued', () => {
  it.each([
    ['no event time', `o-9,,a@b.co,,5,USD,s`, 'line 2, column 2 (Order Date): no event time'],
    [
      'a time TikTok no longer attributes',
      `o-9,${day(40)},a@b.co,,5,USD,s`,
      `line 2, column 2 (Order Date): ${day(40)}T00:00:00.000Z is more than 28 days in the past`
    ],
    [
      'a time in the future',
      `o-9,2099-01-01,a@b.co,,5,USD,s`,
      'line 2, column 2 (Order Date): 2099-01-01T00:00:00.000Z is more than 5 minutes after'
    ],
    [
      'a time that is no time',
      `o-9,yesterday,a@b.co,,5,USD,s`,
      'line 2, column 2 (Order Date): expected an ISO-8601 time or Unix time'
    ],
    ['nobody to match', `o-9,${day(1)},,,5,USD,s`, 'line 2, column 3 (Email): user: offline events need user.email'],
    ['too few columns', `o-9,${day(1)},a@b.co`, 'line 2, column 4: expected 7 columns like the header row, got 3'],
    ['a quote left open', `o-9,"${day(1)},a@b.co,,5,USD,s`, 'line 2, column 2: the file ends inside a quoted field']
  ])('%s', async (_name, row, expected) => {
    const dir = tempDir('import-bad-')
    const file = join(dir, 'sales.csv')
    writeFileSync(file, `${SALES.split('\n')[0]}\n${row}\n`)
    const store = await openStore({ dataDir: join(dir, 'data'), database: { dedupWindowMinutes: 60 } })
    try {
      const summary = await runImport(readCsv(file), store, TARGET, DEFAULT_MAP)
      expect(summary.rejected).toBe(1)
      const [problem] = summary.rejections
      expect(
        `line ${problem!.line}, column ${problem!.column}${problem!.header ? ` (${problem!.header})` : ''}: ${problem!.message}`
      ).toContain(expected)
      expect(JSON.stringify(summary)).not.toContain('a@b.co')
    } finally {
      await store.close()
    }
  })

  it('a bad field costs only itself: an invalid phone is left out and said, the sale is queued', async () => {
    const dir = tempDir('import-warn-')
    const file = join(dir, 'sales.csv')
    writeFileSync(file, `${SALES.split('\n')[0]}\no-9,${day(1)},a@b.co,12,5,USD,s\n`)
    const store = await openStore({ dataDir: join(dir, 'data'), database: { dedupWindowMinutes: 60 } })
    try {
      const summary = await runImport(readCsv(file), store, TARGET, DEFAULT_MAP)
      expect(summary).toMatchObject({ queued: 1, rejected: 0, warningCount: 1 })
      expect(summary.warnings[0]).toMatchObject({
        line: 2,
        column: 4,
        header: 'Phone',
        message: 'user.phone left out: invalid_phone'
      })
    } finally {
      await store.close()
    }
  })
})

// Found by an attacker trial: a header was looked up with `in` on plain objects, so a column named `constructor` or
// `__proto__` found Object's own and the whole import stopped on "target.startsWith is not a function".
describe('a column named like a property every object has', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    '%s is a column no field reads: the rows are queued and the column is listed as not read',
    async (header) => {
      const dir = tempDir('import-proto-')
      const file = join(dir, 'sales.csv')
      writeFileSync(file, `Order ID,Order Date,Email,${header}\no-1,${day(1)},a@b.co,x\n`)
      const store = await openStore({ dataDir: join(dir, 'data'), database: { dedupWindowMinutes: 60 } })
      try {
        const summary = await runImport(readCsv(file), store, TARGET, DEFAULT_MAP)
        expect(summary).toMatchObject({ rows: 1, queued: 1, rejected: 0, ignoredColumns: [header] })
      } finally {
        await store.close()
      }
    }
  )
})

describe('JSON Lines', () => {
  it('reads one object a line; a broken line is named with its column, never quoted', async () => {
    const dir = tempDir('import-jsonl-')
    const file = join(dir, 'leads.jsonl')
    writeFileSync(
      file,
      [
        JSON.stringify({ event: 'Qualified', event_time: day(1), lead_id: 'L-1', email: 'lead@example.com' }),
        '{"event": "Closed Won", "lead_id": secret@example.com}',
        JSON.stringify({ event: 'Qualified', event_time: day(1), email: 'nolead@example.com' }),
        ''
      ].join('\n')
    )
    const store = await openStore({ dataDir: join(dir, 'data'), database: { dedupWindowMinutes: 60 } })
    try {
      const summary = await runImport(readJsonLines(file), store, { ...TARGET, source: 'crm' }, DEFAULT_MAP)
      expect(summary).toMatchObject({ rows: 3, queued: 1, rejected: 2 })
      expect(summary.rejections.map((p) => [p.line, p.column, p.message])).toEqual([
        [2, 36, 'not valid JSON'],
        [3, 1, 'lead: CRM events need lead.lead_id (the id from TikTok Leads Center)']
      ])
      expect(JSON.stringify(summary)).not.toContain('secret')
    } finally {
      await store.close()
    }
  })
})

describe('importing the same file twice', () => {
  it.each([
    ['SQLite', async (dir: string) => ({ dataDir: join(dir, 'data'), database: { dedupWindowMinutes: 60 } })],
    [
      'PostgreSQL',
      async () => ({ dataDir: '.', database: { url: await testDatabase('import'), dedupWindowMinutes: 60 } })
    ]
  ])('%s: the second import queues nothing and counts every row as already imported', async (_name, configOf) => {
    const dir = tempDir('import-twice-')
    const file = join(dir, 'sales.csv')
    writeFileSync(file, SALES)
    const config = await configOf(dir)
    const first = await openStore(config)
    try {
      expect(await runImport(readCsv(file), first, TARGET, DEFAULT_MAP)).toMatchObject({
        rows: 3,
        queued: 3,
        alreadyImported: 0
      })
      expect(await runImport(readCsv(file), first, TARGET, DEFAULT_MAP)).toMatchObject({
        rows: 3,
        queued: 0,
        alreadyImported: 3
      })
      expect(await first.queue.depth()).toBe(3)
    } finally {
      await first.close()
    }
    // Another process (a new store handle) later sees the same claims.
    const again = await openStore(config)
    try {
      expect(await runImport(readCsv(file), again, TARGET, DEFAULT_MAP)).toMatchObject({
        queued: 0,
        alreadyImported: 3
      })
      const leased = await again.queue.lease('t', 10, Date.now(), Date.now() + 60_000)
      const ids = leased.map((e) => JSON.parse(e.eventJson).event_id)
      // order_id where the row has one; the row without one gets a digest of itself.
      expect(ids.slice(0, 2)).toEqual(['o-1', 'o-2'])
      expect(ids[2]).toMatch(/^row-[0-9a-f]{32}$/)
      expect(leased.every((e) => e.route.eventSource === 'offline' && e.route.pixelCode === '8000000001')).toBe(true)
    } finally {
      await again.close()
    }
  })
})

describe('a map file', () => {
  it('names every mistake with its line and column', async () => {
    const dir = tempDir('import-map-')
    const file = join(dir, 'map.yaml')
    writeFileSync(file, 'columns:\n  Betrag: valu\n  Kunde: user.email\ndefaults:\n  currencyy: EUR\nextra: 1\n')
    const error = await readColumnMap(file).catch((e) => e)
    expect(error).toBeInstanceOf(MapFileError)
    expect(error.problems.map((p: string) => p.split(': ').slice(0, 2).join(': '))).toEqual([
      `${file}:6:1: extra`,
      `${file}:2:11: columns.Betrag`,
      `${file}:5:3: defaults.currencyy`
    ])
  })
})

describe('the command, with a serving relay delivering the import', () => {
  let fake: FakeTikTok
  beforeAll(async () => {
    fake = await startFakeTikTok({ accessToken: 'test-token' })
  })
  afterAll(() => fake.close())

  it('queues the file, prints the summary, exits 1 for a rejected row; the relay sends the rest to the event set', async () => {
    const dir = tempDir('import-cli-')
    const file = join(dir, 'sales.csv')
    writeFileSync(file, `${SALES}\no-bad,,x@example.com,,1,USD,s\n`)
    writeFileSync(join(dir, 'map.yaml'), 'columns:\n  Store ID: properties.store\ndefaults:\n  event: PlaceAnOrder\n')
    const config = join(dir, 'relay.yaml')
    writeFileSync(config, 'destinations:\n  - id: shop\n    pixelCode: CPIXEL\n    offlineEventSetId: "8000000002"\n')
    const env = {
      TIKTOK_ACCESS_TOKEN: 'test-token',
      TIKTOK_API_URL: fake.url,
      RELAY_DATA_DIR: join(dir, 'data'),
      RELAY_LINGER_MS: '10'
    }
    const first = await cli(
      ['import', file, '--source', 'offline', '--config', config, '--map', join(dir, 'map.yaml'), '--create'],
      env
    )
    expect(first.code).toBe(1)
    expect(first.out).toContain('  queued:            3')
    expect(first.out).toContain('line 5, column 2 (Order Date): no event time')
    const second = await cli(
      ['import', '--source=offline', file, '--config', config, '--map', join(dir, 'map.yaml')],
      env
    )
    expect(second.out).toContain('  queued:            0')
    expect(second.out).toContain('  already imported:  3 (the same event_id within 29 days')
    // Only hashes reached the store.
    expect(readFileSync(join(dir, 'data', 'relay.sqlite')).includes('Jane@Example.com')).toBe(false)

    const relay = await createRelay(await loadRelayConfig({ file: config, env }), silentLogger)
    try {
      const sent = await waitFor('the imported sales at TikTok', () =>
        fake.acceptedEvents().length >= 3 ? fake.acceptedEvents() : undefined
      )
      expect(sent.map((e) => [e.event_source, e.event_source_id, e.event, e.event_id])).toEqual([
        ['offline', '8000000002', 'PlaceAnOrder', 'o-1'],
        ['offline', '8000000002', 'PlaceAnOrder', 'o-2'],
        ['offline', '8000000002', 'PlaceAnOrder', expect.stringMatching(/^row-/)]
      ])
      expect(sent[0]).toMatchObject({
        user: { email: expect.stringMatching(/^[0-9a-f]{64}$/), phone: expect.stringMatching(/^[0-9a-f]{64}$/) },
        properties: { value: 49.9, currency: 'USD', order_id: 'o-1', store: 's-1' }
      })
      expect(sent[0]!.event_time).toBe(Math.floor(Date.parse(`${day(1)}T14:30:00Z`) / 1000))
    } finally {
      await relay.close()
    }
  })

  it('says what is missing: the source, the file, the event set', async () => {
    const env = { TIKTOK_PIXEL_CODE: 'P', RELAY_DATA_DIR: join(tempDir('import-usage-'), 'data') }
    expect(await cli(['import', 'x.csv'], env)).toMatchObject({
      code: 1,
      err: '--source offline or --source crm: what the rows are'
    })
    expect(await cli(['import', '--source', 'crm'], env)).toMatchObject({
      code: 1,
      err: expect.stringContaining('which file?')
    })
    const dir = tempDir('import-noset-')
    writeFileSync(join(dir, 'a.csv'), SALES)
    expect(await cli(['import', join(dir, 'a.csv'), '--source', 'crm'], env)).toMatchObject({
      code: 1,
      err: 'which event set? --set ID, or crmEventSetId on destination "default"'
    })
  })
})

// Found by a new-user trial: `import ... --data-dir /typo` made a new store there, printed "queued: 1", and no relay
// ever sent the rows. status and replay refuse a data dir without a store; import does too, unless told to --create.
describe('import into a data dir that holds no store', () => {
  const dir = tempDir('import-nostore-')
  const file = join(dir, 'sales.csv')
  writeFileSync(file, SALES)
  const args = (dataDir: string, ...more: string[]) => [
    'import',
    file,
    '--source',
    'offline',
    '--set',
    '8000000001',
    '--data-dir',
    dataDir,
    ...more
  ]

  it('is refused, naming the path and how to make a store there; nothing is created', async () => {
    const typo = join(dir, 'dta')
    const run = await runCli(args(typo), { TIKTOK_PIXEL_CODE: 'CPIXEL' })
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain(`no relay store in ${typo} (no relay.sqlite): nothing imported.`)
    expect(run.stderr).toContain('start the relay once with that data dir')
    expect(run.stderr).toContain('--create')
    expect(existsSync(typo)).toBe(false)
  })

  it('with --create makes the store and queues; a second import needs no flag', async () => {
    const dataDir = join(dir, 'data')
    const first = await runCli(args(dataDir, '--create'), { TIKTOK_PIXEL_CODE: 'CPIXEL' })
    expect(first.stderr).toBe('')
    expect(first.stdout).toContain('  queued:            3')
    const again = await runCli(args(dataDir), { TIKTOK_PIXEL_CODE: 'CPIXEL' })
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('  already imported:  3')
  })

  it('is not asked of a PostgreSQL store (no data dir is read)', async () => {
    const url = await testDatabase('import_nostore')
    const run = await runCli(args(join(dir, 'unused')), { TIKTOK_PIXEL_CODE: 'CPIXEL', RELAY_DATABASE_URL: url })
    expect(run.stderr).toBe('')
    expect(run.stdout).toContain('  queued:            3')
    expect(existsSync(join(dir, 'unused'))).toBe(false)
  })
})

/**
 * Versioned schema migrations, safe when several relays start at once: each opening relay takes one transaction-level
 * advisory lock, applies the versions the database lacks in order, records them in schema_migrations and commits
 * (PostgreSQL's DDL is transactional: a relay that dies half-way leaves nothing half-made). The others wait on the
 * lock, then find nothing left to do. A database migrated by a newer relay is refused with a clear error rather than
 * used with a schema this code does not know.
 *
 * Rows hold only what SQLite's hold (schema.ts): built events with hashed match keys, routes, hashed profile keys.
 * The queue is two tables range-partitioned by id (partitions.ts): append-only payloads (`queue_events`) and small
 * state rows (`queue`) that leases, retries and acks rewrite, so a lease never copies an event's JSON.
 */
import type { Connection } from './connect.ts'
import { CONSOLE_SESSIONS_MIGRATION } from './console-sessions.ts'
import { CONSOLE_MIGRATION } from './console-stats.ts'
import { LOCK } from './locks.ts'

export interface Migration {
  version: number
  name: string
  sql: string
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'queue, dead letters, dry-run requests, counters, profiles, message claims, pixel circuits',
    sql: `
CREATE TABLE store_settings (name text PRIMARY KEY, value text NOT NULL);

CREATE SEQUENCE queue_id_seq AS bigint;
CREATE TABLE queue_events (
  id bigint NOT NULL DEFAULT nextval('queue_id_seq'),
  route_id text NOT NULL,
  pixel_code text NOT NULL,
  event_source text NOT NULL,
  test_event_code text,
  event_id text,
  event_name text NOT NULL,
  event_json text NOT NULL,
  enqueued_at bigint NOT NULL,
  PRIMARY KEY (id)
) PARTITION BY RANGE (id);
CREATE TABLE queue (
  id bigint NOT NULL,
  pixel_code text NOT NULL,
  available_at bigint NOT NULL,
  enqueued_at bigint NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  lease_owner text,
  lease_until bigint,
  last_error text,
  PRIMARY KEY (id)
) PARTITION BY RANGE (id);
-- Only unleased rows are in the ready index: a lease takes a row out of it. No index on lease_owner: one more index
-- write per lease cost more than the scans that would use it (taking back a dead relay's leases, expired leases).
CREATE INDEX queue_ready ON queue (available_at, id) WHERE lease_owner IS NULL;
CREATE TABLE lease_owners (owner text PRIMARY KEY, heartbeat_at bigint NOT NULL);

CREATE TABLE dead_letters (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  route_id text NOT NULL,
  pixel_code text NOT NULL,
  event_source text NOT NULL,
  test_event_code text,
  event_id text,
  event_name text NOT NULL,
  event_json text NOT NULL,
  enqueued_at bigint NOT NULL,
  attempts integer NOT NULL,
  dead_at bigint NOT NULL,
  error_code integer,
  error_message text NOT NULL
);
CREATE INDEX dead_letters_dead_at ON dead_letters (dead_at);

CREATE TABLE dry_run_requests (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  created_at bigint NOT NULL,
  route_id text NOT NULL,
  url text NOT NULL,
  event_count integer NOT NULL,
  body_json text NOT NULL
);

-- Counted per shard (each relay picks one): relays acking at once do not queue on one row lock.
CREATE TABLE counters (name text NOT NULL, shard integer NOT NULL, value bigint NOT NULL, PRIMARY KEY (name, shard));

-- key: hex SHA-256 of 'u:<userId>' / 'a:<anonymousId>'; profile_json: hashed match keys, plain city/state/country.
CREATE TABLE profiles (key text PRIMARY KEY, profile_json text NOT NULL, updated_at bigint NOT NULL);
CREATE INDEX profiles_updated_at ON profiles (updated_at);

-- key: the first 16 bytes of SHA-256 of '<routeId>\\0<messageId>'.
CREATE TABLE message_claims (key uuid PRIMARY KEY, claimed_at bigint NOT NULL);
CREATE INDEX message_claims_claimed_at ON message_claims (claimed_at);

CREATE TABLE pixel_circuits (
  pixel_code text PRIMARY KEY,
  paused_until bigint,
  next_probe_at bigint,
  failures integer NOT NULL,
  updated_at bigint NOT NULL
);
`
  },
  {
    // Issue 11: a circuit records when it opened, so the relay that closes it logs how long it was open.
    version: 2,
    name: 'pixel circuits: opened_at',
    sql: 'ALTER TABLE pixel_circuits ADD COLUMN IF NOT EXISTS opened_at bigint;'
  },
  // 3 was kept for the relay's own tables and not needed; a gap is fine (versions apply in order, each once).
  CONSOLE_MIGRATION,
  CONSOLE_SESSIONS_MIGRATION,
  {
    // A circuit held because TikTok refused the access token names that fault (delivery/auth-fault.ts).
    version: 6,
    name: 'pixel circuits: auth_fault',
    sql: 'ALTER TABLE pixel_circuits ADD COLUMN IF NOT EXISTS auth_fault text;'
  },
  {
    // A circuit held for a refused access token is that token's, keyed by its fingerprint
    // (delivery/token-fingerprint.ts): relays sharing the database with another token keep delivering. Held circuits
    // from before were the pixel's, whichever token was refused: they go (a relay whose token is still refused holds
    // again at its next request). Relays older than this one cannot open circuits on the new key: upgrade them all.
    version: 7,
    name: 'pixel circuits: held per refused token',
    sql: `
DELETE FROM pixel_circuits WHERE auth_fault IS NOT NULL;
ALTER TABLE pixel_circuits ADD COLUMN token_fingerprint text NOT NULL DEFAULT '';
ALTER TABLE pixel_circuits DROP CONSTRAINT pixel_circuits_pkey;
ALTER TABLE pixel_circuits ADD PRIMARY KEY (pixel_code, token_fingerprint);
`
  }
]

export class SchemaTooNewError extends Error {
  override readonly name = 'SchemaTooNewError'
}

/**
 * Brings the database to the newest schema; returns the versions this call applied (none when another relay did).
 * `settings` are written once, by the relay that creates the schema (the queue's partition width).
 */
export async function migrate(conn: Connection, settings: Record<string, string>): Promise<number[]> {
  return conn.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK.migrate])
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`)
    const done = new Set(
      (await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version)
    )
    const known = Math.max(...MIGRATIONS.map((m) => m.version))
    const newest = Math.max(0, ...done)
    if (newest > known) {
      throw new SchemaTooNewError(
        `the database's relay schema is version ${newest}, newer than this relay knows (${known}): upgrade this relay`
      )
    }
    const applied: number[] = []
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue
      await tx.query(m.sql)
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name])
      applied.push(m.version)
    }
    for (const [name, value] of Object.entries(settings)) {
      await tx.query('INSERT INTO store_settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
        name,
        value
      ])
    }
    return applied
  })
}

/**
 * The relay's on-disk tables. Only what TikTok needs is stored: the built TikTokEvent (match keys already SHA-256
 * hashed) and its route. Access tokens stay in memory; profiles are keyed by a hash of the Segment id.
 */
import type { SqlDatabase } from './sqlite-driver.ts'

export const SCHEMA_SQL = `
-- Queue state and queue payload live apart: leasing and rescheduling rewrite only the small state rows, never
-- the event JSON (that is what lets one worker move 50,000+ events/s through SQLite).
CREATE TABLE IF NOT EXISTS queue (
  id INTEGER PRIMARY KEY,
  -- When the row may be leased: enqueue time, or a retry time.
  available_at INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  lease_owner TEXT,
  lease_until INTEGER,
  last_error TEXT
);
-- Only unleased rows are in the ready index: a lease takes a row out of it, nothing else moves.
CREATE INDEX IF NOT EXISTS queue_ready ON queue (available_at) WHERE lease_owner IS NULL;

CREATE TABLE IF NOT EXISTS queue_events (
  id INTEGER PRIMARY KEY,
  route_id TEXT NOT NULL,
  pixel_code TEXT NOT NULL,
  event_source TEXT NOT NULL,
  test_event_code TEXT,
  event_id TEXT,
  event_name TEXT NOT NULL,
  event_json TEXT NOT NULL,
  enqueued_at INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS dead_letters (
  id INTEGER PRIMARY KEY,
  route_id TEXT NOT NULL,
  pixel_code TEXT NOT NULL,
  event_source TEXT NOT NULL,
  test_event_code TEXT,
  event_id TEXT,
  event_name TEXT NOT NULL,
  event_json TEXT NOT NULL,
  enqueued_at INTEGER NOT NULL,
  attempts INTEGER NOT NULL,
  dead_at INTEGER NOT NULL,
  error_code INTEGER,
  error_message TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS dead_letters_dead_at ON dead_letters (dead_at);

CREATE TABLE IF NOT EXISTS dry_run_requests (
  id INTEGER PRIMARY KEY,
  created_at INTEGER NOT NULL,
  route_id TEXT NOT NULL,
  url TEXT NOT NULL,
  event_count INTEGER NOT NULL,
  body_json TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);

-- Workers holding leases, with a heartbeat: leases of a worker that stopped beating (kill -9) are taken back.
CREATE TABLE IF NOT EXISTS lease_owners (owner TEXT PRIMARY KEY, heartbeat_at INTEGER NOT NULL);

CREATE TABLE IF NOT EXISTS profiles (
  key TEXT PRIMARY KEY,
  profile_json TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);
-- Retention (prune-expired.ts) finds old profiles without reading them all.
CREATE INDEX IF NOT EXISTS profiles_updated_at ON profiles (updated_at);
`

/**
 * secure_delete: a deleted row's bytes are overwritten with zeros, so a delivered event (its IP, user agent, page
 * URL, hashed match keys) or an expired profile does not linger in free pages of the file for anyone who copies it.
 * It costs writes on deletion only, which the worker makes in large batched acks.
 * WAL: readers (status) never block the writer, and a torn tail of the log is discarded on open, leaving every
 * committed transaction. synchronous=NORMAL: commits do not wait for the disk on the event loop; intake commits are
 * made durable by wal-sync.ts on the I/O threads before their 200. The worker's own writes (leases, acks) are not
 * synced one by one: after a power cut an ack may be lost, and the event is sent again with the same event_id,
 * which TikTok deduplicates.
 */
export function applySchema(db: SqlDatabase): void {
  db.exec('PRAGMA busy_timeout = 10000')
  db.exec('PRAGMA journal_mode = WAL')
  db.exec('PRAGMA synchronous = NORMAL')
  db.exec('PRAGMA secure_delete = ON')
  db.exec(SCHEMA_SQL)
}

/**
 * The per-pixel circuits (issue 11) in the SQLite file: one row per open circuit, keyed by the pixel and, for a
 * circuit held because TikTok refused an access token, that token's fingerprint (delivery/token-fingerprint.ts; ''
 * in the column for a pixel-wide circuit, null in PixelCircuit). The PostgreSQL store keeps the same rows
 * (postgres/circuits.ts, migration 7).
 */
import { CIRCUIT_COLUMNS, CIRCUIT_UPDATE, circuitKeyValues, circuitOfRow, circuitValues } from './circuit-row.ts'
import type { SqlDatabase } from './sqlite-driver.ts'
import type { CircuitStore } from './store-interface.ts'

const COLUMNS = `pixel_code TEXT NOT NULL,
  token_fingerprint TEXT NOT NULL DEFAULT '',
  opened_at INTEGER,
  paused_until INTEGER,
  next_probe_at INTEGER,
  failures INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  auth_fault TEXT,
  PRIMARY KEY (pixel_code, token_fingerprint)`

export const SQLITE_CIRCUITS_SQL = `CREATE TABLE IF NOT EXISTS pixel_circuits (\n  ${COLUMNS}\n);\n`

/**
 * A data dir whose pixel_circuits table predates a column gets it, inside the opening transaction: opened_at (NULL:
 * read as updated_at) and auth_fault (NULL: an outage's circuit) by ALTER TABLE; token_fingerprint, which is part of
 * the key, by rebuilding the table. Circuits held for a refused token before then were the pixel's, whichever token
 * was refused: they are dropped (the relay whose token is still refused holds again at its next request).
 */
export function upgradeCircuitsTable(db: SqlDatabase): void {
  const columns = db.prepare<{ name: string }>('PRAGMA table_info(pixel_circuits)').all()
  const has = (name: string) => columns.some((c) => c.name === name)
  if (has('token_fingerprint')) return
  if (!has('opened_at')) db.exec('ALTER TABLE pixel_circuits ADD COLUMN opened_at INTEGER')
  if (!has('auth_fault')) db.exec('ALTER TABLE pixel_circuits ADD COLUMN auth_fault TEXT')
  db.exec(`ALTER TABLE pixel_circuits RENAME TO pixel_circuits_by_pixel;
    CREATE TABLE pixel_circuits (${COLUMNS});
    INSERT INTO pixel_circuits (pixel_code, opened_at, paused_until, next_probe_at, failures, updated_at)
      SELECT pixel_code, opened_at, paused_until, next_probe_at, failures, updated_at FROM pixel_circuits_by_pixel
      WHERE auth_fault IS NULL;
    DROP TABLE pixel_circuits_by_pixel;`)
}

const INSERT = `INSERT INTO pixel_circuits (${CIRCUIT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (pixel_code, token_fingerprint)`

/** The CircuitStore over the file; `inCommit` runs each call in the store's write transaction. */
export function sqliteCircuits(inCommit: <R>(write: (db: SqlDatabase) => R) => Promise<R>): CircuitStore {
  return {
    list: () =>
      inCommit((db) =>
        db.prepare('SELECT * FROM pixel_circuits ORDER BY pixel_code, token_fingerprint').all().map(circuitOfRow)
      ),
    open: (c) => inCommit((db) => db.prepare(`${INSERT} DO NOTHING`).run(...circuitValues(c)).changes === 1),
    save: (c) =>
      inCommit((db) => {
        db.prepare(`${INSERT} DO UPDATE SET ${CIRCUIT_UPDATE}`).run(...circuitValues(c))
      }),
    claimProbe: (k, now, nextProbeAt) =>
      inCommit(
        (db) =>
          db
            .prepare(
              `UPDATE pixel_circuits SET next_probe_at = ?, updated_at = ?
               WHERE pixel_code = ? AND token_fingerprint = ? AND next_probe_at IS NOT NULL AND next_probe_at <= ?`
            )
            .run(nextProbeAt, now, ...circuitKeyValues(k), now).changes === 1
      ),
    remove: (k) =>
      inCommit(
        (db) =>
          db
            .prepare('DELETE FROM pixel_circuits WHERE pixel_code = ? AND token_fingerprint = ?')
            .run(...circuitKeyValues(k)).changes === 1
      )
  }
}

/**
 * Per-pixel delivery circuits (issue 11) in PostgreSQL, shared by every relay: a pause set by one holds for all, and
 * a due probe is claimed by one conditional UPDATE, which exactly one of several racing relays wins. A row is keyed
 * by the pixel and, for a circuit held for a refused access token, that token's fingerprint ('' in the column for a
 * pixel-wide circuit: a key column cannot be NULL; migration 7).
 */
import type { CircuitKey, CircuitStore, PixelCircuit } from '../store-interface.ts'
import type { Connection } from './connect.ts'

const toCircuit = (r: Record<string, any>): PixelCircuit => ({
  pixelCode: r.pixel_code,
  tokenFingerprint: r.token_fingerprint || null,
  // Circuits saved before migration 2 have no opened_at.
  openedAt: r.opened_at ?? r.updated_at,
  pausedUntil: r.paused_until,
  nextProbeAt: r.next_probe_at,
  failures: r.failures,
  updatedAt: r.updated_at,
  // Circuits saved before migration 6 have none (an outage's).
  authFault: r.auth_fault ?? null
})

const INSERT = `INSERT INTO pixel_circuits (pixel_code, token_fingerprint, opened_at, paused_until, next_probe_at,
  failures, updated_at, auth_fault) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (pixel_code, token_fingerprint)`
const values = (c: PixelCircuit) => [
  c.pixelCode,
  c.tokenFingerprint ?? '',
  c.openedAt,
  c.pausedUntil,
  c.nextProbeAt,
  c.failures,
  c.updatedAt,
  c.authFault ?? null
]
const key = (k: CircuitKey) => [k.pixelCode, k.tokenFingerprint ?? '']

export function createCircuits(conn: Connection): CircuitStore {
  return {
    list: async () =>
      (await conn.query('SELECT * FROM pixel_circuits ORDER BY pixel_code, token_fingerprint')).map(toCircuit),
    open: (c) => conn.transaction(async (tx) => (await tx.query(`${INSERT} DO NOTHING`, values(c))).rowCount === 1),
    async save(c) {
      await conn.transaction((tx) =>
        tx.query(
          `${INSERT} DO UPDATE SET opened_at = EXCLUDED.opened_at, paused_until = EXCLUDED.paused_until,
             next_probe_at = EXCLUDED.next_probe_at, failures = EXCLUDED.failures, updated_at = EXCLUDED.updated_at,
             auth_fault = EXCLUDED.auth_fault`,
          values(c)
        )
      )
    },
    claimProbe: (k, now, nextProbeAt) =>
      conn.transaction(async (tx) => {
        // Racing relays queue on the row; each re-reads it after the winner commits and finds no probe due.
        const won = await tx.query(
          `UPDATE pixel_circuits SET next_probe_at = $1, updated_at = $2
           WHERE pixel_code = $3 AND token_fingerprint = $4 AND next_probe_at IS NOT NULL AND next_probe_at <= $2`,
          [nextProbeAt, now, ...key(k)]
        )
        return won.rowCount === 1
      }),
    remove: (k) =>
      conn.transaction(
        async (tx) =>
          (await tx.query('DELETE FROM pixel_circuits WHERE pixel_code = $1 AND token_fingerprint = $2', key(k)))
            .rowCount === 1
      )
  }
}

/**
 * Per-pixel delivery circuits (issue 11) in PostgreSQL, shared by every relay: a pause set by one holds for all, and
 * a due probe is claimed by one conditional UPDATE, which exactly one of several racing relays wins. A row is keyed
 * by the pixel and, for a circuit held for a refused access token, that token's fingerprint ('' in the column for a
 * pixel-wide circuit: a key column cannot be NULL; migration 7).
 */
import { CIRCUIT_COLUMNS, CIRCUIT_UPDATE, circuitKeyValues, circuitOfRow, circuitValues } from '../circuit-row.ts'
import type { CircuitStore } from '../store-interface.ts'
import type { Connection } from './connect.ts'

const INSERT = `INSERT INTO pixel_circuits (${CIRCUIT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
  ON CONFLICT (pixel_code, token_fingerprint)`

export function createCircuits(conn: Connection): CircuitStore {
  return {
    list: async () =>
      (await conn.query('SELECT * FROM pixel_circuits ORDER BY pixel_code, token_fingerprint')).map(circuitOfRow),
    open: (c) =>
      conn.transaction(async (tx) => (await tx.query(`${INSERT} DO NOTHING`, [...circuitValues(c)])).rowCount === 1),
    async save(c) {
      await conn.transaction((tx) => tx.query(`${INSERT} DO UPDATE SET ${CIRCUIT_UPDATE}`, [...circuitValues(c)]))
    },
    claimProbe: (k, now, nextProbeAt) =>
      conn.transaction(async (tx) => {
        // Racing relays queue on the row; each re-reads it after the winner commits and finds no probe due.
        const won = await tx.query(
          `UPDATE pixel_circuits SET next_probe_at = $1, updated_at = $2
           WHERE pixel_code = $3 AND token_fingerprint = $4 AND next_probe_at IS NOT NULL AND next_probe_at <= $2`,
          [nextProbeAt, now, ...circuitKeyValues(k)]
        )
        return won.rowCount === 1
      }),
    remove: (k) =>
      conn.transaction(
        async (tx) =>
          (
            await tx.query('DELETE FROM pixel_circuits WHERE pixel_code = $1 AND token_fingerprint = $2', [
              ...circuitKeyValues(k)
            ])
          ).rowCount === 1
      )
  }
}

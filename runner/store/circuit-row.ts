/**
 * A pixel circuit as a row of `pixel_circuits`, the same in the SQLite file (sqlite-circuits.ts) and in PostgreSQL
 * (postgres/circuits.ts, migration 7): keyed by the pixel and, for a circuit held because TikTok refused an access
 * token, that token's fingerprint (delivery/token-fingerprint.ts). A pixel-wide circuit has '' in the column (a key
 * column cannot be NULL) and null in PixelCircuit.
 */
import type { CircuitKey, PixelCircuit } from './store-interface.ts'

/** The columns an upsert writes, in the order of `circuitValues`. */
export const CIRCUIT_COLUMNS =
  'pixel_code, token_fingerprint, opened_at, paused_until, next_probe_at, failures, updated_at, auth_fault'

/** What `save` overwrites of an existing row: everything but its key. */
export const CIRCUIT_UPDATE = `opened_at = excluded.opened_at, paused_until = excluded.paused_until,
  next_probe_at = excluded.next_probe_at, failures = excluded.failures, updated_at = excluded.updated_at,
  auth_fault = excluded.auth_fault`

/** The values of CIRCUIT_COLUMNS for `c`. */
export const circuitValues = (c: PixelCircuit) =>
  [
    c.pixelCode,
    c.tokenFingerprint ?? '',
    c.openedAt,
    c.pausedUntil,
    c.nextProbeAt,
    c.failures,
    c.updatedAt,
    c.authFault ?? null
  ] as const

/** The key's values: pixel_code, token_fingerprint. */
export const circuitKeyValues = (k: CircuitKey) => [k.pixelCode, k.tokenFingerprint ?? ''] as const

/** A row read back (integers may come as strings or bigints from a driver). */
export const circuitOfRow = (r: Record<string, any>): PixelCircuit => ({
  pixelCode: r.pixel_code,
  tokenFingerprint: r.token_fingerprint || null,
  // Rows saved before opened_at existed (PostgreSQL migration 2, the SQLite ALTER) have none.
  openedAt: Number(r.opened_at ?? r.updated_at),
  pausedUntil: r.paused_until === null ? null : Number(r.paused_until),
  nextProbeAt: r.next_probe_at === null ? null : Number(r.next_probe_at),
  failures: Number(r.failures),
  updatedAt: Number(r.updated_at),
  // Rows saved before auth faults (PostgreSQL migration 6) have none: an outage's circuit.
  authFault: r.auth_fault ?? null
})

/**
 * One group-commit round in PostgreSQL: every waiting enqueue and profile write in one transaction, in three
 * statements or so whatever the number of requests. Order inside the round, the same on every relay (so two relays'
 * rounds never deadlock): profile writes (per-key advisory locks, sorted), then message claims (sorted keys), then
 * the events of the requests whose claims were fresh, as one multi-row INSERT over unnest() arrays into the payload
 * and state tables. A claim lives or dies with its events: if the COMMIT fails, so does the claim, and the client's
 * retry goes through.
 */
import { mergeProfiles } from '../profiles-table.ts'
import type { EnqueueRequest, EnqueueResult, HashedProfile, ProfileIds } from '../store-interface.ts'
import { distinctClaims, profileKey } from '../store-keys.ts'
import type { Db } from './connect.ts'

export type WriteEntry =
  | { kind: 'enqueue'; request: EnqueueRequest }
  | { kind: 'merge'; ids: ProfileIds; profile: HashedProfile }
  | { kind: 'alias'; previousId: string; userId: string }

export interface RoundResult {
  results: Array<EnqueueResult | undefined>
  /** Events queued by the round, and the highest id they got (0 when none). */
  enqueued: number
  maxId: number
}

/** How much of a round an entry takes (events; a profile write counts as one). */
export const weightOf = (e: WriteEntry) => (e.kind === 'enqueue' ? Math.max(1, e.request.items.length) : 1)

async function writeProfiles(tx: Db, entries: WriteEntry[], now: number): Promise<void> {
  const writes = entries.filter((e) => e.kind !== 'enqueue')
  if (writes.length === 0) return
  const targets = new Set<string>()
  const reads = new Set<string>()
  for (const w of writes) {
    if (w.kind === 'merge') {
      if (w.ids.userId) targets.add(profileKey('u', w.ids.userId))
      if (w.ids.anonymousId) targets.add(profileKey('a', w.ids.anonymousId))
    } else if (w.kind === 'alias') {
      reads.add(profileKey('u', w.previousId))
      reads.add(profileKey('a', w.previousId))
      targets.add(profileKey('u', w.userId))
    }
  }
  const lockKeys = [...targets].sort()
  // Two relays merging into one profile at once would each read the old row and the second write would lose the
  // first's keys: the key's lock makes the second wait, then read the first's merge.
  await tx.query(
    'SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM (SELECT unnest($1::text[]) AS k ORDER BY 1) s',
    [lockKeys]
  )
  const keys = [...new Set([...lockKeys, ...reads])]
  const current = new Map<string, HashedProfile>()
  const { rows } = await tx.query<{ key: string; profile_json: string }>(
    'SELECT key, profile_json FROM profiles WHERE key = ANY($1::text[])',
    [keys]
  )
  for (const row of rows) {
    current.set(row.key, JSON.parse(row.profile_json))
  }
  const changed = new Set<string>()
  const write = (key: string, profile: HashedProfile) => {
    current.set(key, mergeProfiles(current.get(key), profile))
    changed.add(key)
  }
  for (const w of writes) {
    if (w.kind === 'merge') {
      if (w.ids.userId) write(profileKey('u', w.ids.userId), w.profile)
      if (w.ids.anonymousId) write(profileKey('a', w.ids.anonymousId), w.profile)
    } else if (w.kind === 'alias') {
      // previousId is an earlier userId or an anonymousId; Segment does not say which.
      const previous = current.get(profileKey('u', w.previousId)) ?? current.get(profileKey('a', w.previousId))
      if (previous) write(profileKey('u', w.userId), previous)
    }
  }
  const out = [...changed]
  await tx.query(
    `INSERT INTO profiles (key, profile_json, updated_at)
     SELECT k, j, $3 FROM unnest($1::text[], $2::text[]) AS u(k, j)
     ON CONFLICT (key) DO UPDATE SET profile_json = EXCLUDED.profile_json, updated_at = EXCLUDED.updated_at`,
    [out, out.map((k) => JSON.stringify(current.get(k))), now]
  )
}

/** Claims every request's messageIds; returns, per entry, which of its claims are duplicates. */
async function claimMessages(tx: Db, entries: WriteEntry[], now: number, windowMs: number): Promise<number[][]> {
  const all = entries.flatMap((e) => (e.kind === 'enqueue' ? (e.request.claims ?? []) : []))
  if (all.length === 0) return entries.map(() => [])
  const { keys, keyIndex } = distinctClaims(all)
  // A claim that holds longer than the window (claimHoldMs, an import's) is dated ahead by the difference.
  const claimedAt = new Array<number>(keys.length).fill(now)
  let at0 = 0
  for (const e of entries) {
    const claims = e.kind === 'enqueue' ? (e.request.claims ?? []) : []
    const ahead = e.kind === 'enqueue' ? Math.max(0, (e.request.claimHoldMs ?? 0) - windowMs) : 0
    claims.forEach((_, i) => {
      const k = keyIndex[at0 + i]!
      if (k >= 0) claimedAt[k] = Math.max(claimedAt[k]!, now + ahead)
    })
    at0 += claims.length
  }
  // A claim past the window counts as free even before retention deletes it.
  const fresh = new Set(
    (
      await tx.query<{ key: string }>(
        `INSERT INTO message_claims (key, claimed_at)
         SELECT k, c FROM unnest($1::uuid[], $2::bigint[]) AS u(k, c) ORDER BY k
         ON CONFLICT (key) DO UPDATE SET claimed_at = EXCLUDED.claimed_at WHERE message_claims.claimed_at < $3
         RETURNING replace(key::text, '-', '') AS key`,
        [keys, claimedAt, now - windowMs]
      )
    ).rows.map((r) => r.key)
  )
  let at = 0
  return entries.map((e) => {
    const claims = e.kind === 'enqueue' ? (e.request.claims ?? []) : []
    const duplicates: number[] = []
    claims.forEach((_, i) => {
      const k = keyIndex[at + i]!
      if (k < 0 || !fresh.has(keys[k]!)) duplicates.push(i)
    })
    at += claims.length
    return duplicates
  })
}

/** The events of fresh claims, in one INSERT into payloads and states; returns count and highest id. */
async function insertEvents(
  tx: Db,
  items: EnqueueRequest['items'],
  now: number
): Promise<{ enqueued: number; maxId: number }> {
  if (items.length === 0) return { enqueued: 0, maxId: 0 }
  const col = <T>(f: (i: EnqueueRequest['items'][number]) => T) => items.map(f)
  const { rows } = await tx.query<{ n: number; max_id: number }>(
    `WITH ev AS (
       INSERT INTO queue_events (route_id, pixel_code, event_source, test_event_code, event_id, event_name,
         event_json, enqueued_at)
       SELECT r, p, s, t, i, n, j::text, $8
       FROM ROWS FROM (unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]),
         json_array_elements($7::json)) AS u(r, p, s, t, i, n, j)
       RETURNING id, pixel_code
     ), st AS (
       INSERT INTO queue (id, pixel_code, available_at, enqueued_at) SELECT id, pixel_code, $8, $8 FROM ev
       RETURNING id
     )
     SELECT count(*) AS n, coalesce(max(id), 0) AS max_id FROM st`,
    [
      col((x) => x.route.routeId),
      col((x) => x.route.pixelCode),
      col((x) => x.route.eventSource),
      col((x) => x.route.testEventCode ?? null),
      col((x) => x.event.event_id ?? null),
      col((x) => x.event.event),
      // The events as one JSON array (one native stringify, no per-element array escaping: that escaping was the
      // relay's largest cost of an enqueue); a json value's text is kept as written, so each row's event_json is
      // its event's JSON.
      JSON.stringify(items.map((x) => x.event)),
      now
    ]
  )
  const row = rows[0]
  return { enqueued: Number(row!.n), maxId: Number(row!.max_id) }
}

export async function writeRound(tx: Db, entries: WriteEntry[], now: number, windowMs: number): Promise<RoundResult> {
  await writeProfiles(tx, entries, now)
  const duplicates = await claimMessages(tx, entries, now, windowMs)
  const items: EnqueueRequest['items'] = []
  const counts = entries.map((e, i) => {
    if (e.kind !== 'enqueue') return 0
    const dup = new Set(duplicates[i])
    const fresh = e.request.items.filter((item) => item.claim === undefined || !dup.has(item.claim))
    for (const item of fresh) items.push(item)
    return fresh.length
  })
  const { enqueued, maxId } = await insertEvents(tx, items, now)
  return {
    results: entries.map((e, i) =>
      e.kind === 'enqueue' ? { duplicates: duplicates[i]!, enqueued: counts[i]! } : undefined
    ),
    enqueued,
    maxId
  }
}

// A read-through cache for the portal's heavier read models (catalogue facets and lists, latest items,
// agency counts, feeds), by scope (an agency id, or "*" for the whole portal). Two ways to know an entry is
// still current, both driven by the database triggers of prisma/migrations/*_public_cache and *_portal_notify,
// which act in the same transaction as any change the public can see:
// - While the app's server LISTENs for those changes (lib/http/page-cache/invalidation-hub.ts), a
//   notification drops the entries of its scopes at commit, on every instance; a read costs no query.
// - Otherwise (tests, scripts, the listening connection lost) each entry remembers the scope's "public
//   generation" and a read costs one primary-key lookup of it. Generations are random, so one never repeats.
// Either way a stale entry can never be served, on this instance or any other, with nothing shared but
// PostgreSQL.
import { db } from "@/lib/db";
import { invalidationHub } from "@/lib/http/page-cache/invalidation-hub";

const MAX_ENTRIES = Number(process.env.GONGKAI_PUBLIC_CACHE_ENTRIES ?? 2000);

/** `generation` null: stored while listening, valid only as long as the listening goes on uninterrupted. */
type Entry = { generation: bigint | null; value: unknown };
const entries = new Map<string, Entry>();

export const WHOLE_PORTAL = "*";

const hub = invalidationHub();
hub.subscribe((change) => {
  if (change.all) {
    entries.clear();
    return;
  }
  const scopes = new Set(change.scopes);
  if (scopes.size === 0) return;
  for (const key of [...entries.keys()]) if (scopes.has(key.slice(0, key.indexOf("\u0000")))) entries.delete(key);
});

async function currentGeneration(scope: string): Promise<bigint> {
  const row = await db.publicGeneration.findUnique({ where: { scope }, select: { generation: true } });
  return row?.generation ?? BigInt(0);
}

function remember(cacheKey: string, entry: Entry) {
  entries.set(cacheKey, entry);
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
}

/**
 * The value of `load()` for `key`, computed again only when the scope changed. Without listening, the
 * generation is read before loading, so a change committed during the load makes the next read load again;
 * while listening, a value loaded while any notification arrived is not kept.
 */
export async function cachedPublic<T>(scope: string, key: string, load: () => Promise<T>): Promise<T> {
  if (MAX_ENTRIES <= 0) return load();
  const cacheKey = `${scope}\u0000${key}`;
  if (hub.listening) {
    const hit = entries.get(cacheKey);
    if (hit && hit.generation === null) {
      entries.delete(cacheKey);
      entries.set(cacheKey, hit);
      return hit.value as T;
    }
    const epoch = hub.epoch;
    const value = await load();
    if (hub.listening && hub.epoch === epoch) remember(cacheKey, { generation: null, value });
    return value;
  }
  const generation = await currentGeneration(scope);
  const hit = entries.get(cacheKey);
  if (hit && hit.generation === generation) {
    // Refresh its place: the map's order is the eviction order (least recently used first).
    entries.delete(cacheKey);
    entries.set(cacheKey, hit);
    return hit.value as T;
  }
  const value = await load();
  remember(cacheKey, { generation, value });
  return value;
}

/** For tests: forget everything. */
export function clearPublicCache() {
  entries.clear();
}

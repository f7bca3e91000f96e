// A read-through cache for the portal's heavier read models (catalogue facets and lists, latest items,
// agency counts, feeds). Each entry remembers the "public generation" of its scope (an agency, or "*" for
// the whole portal) it was computed at. Database triggers bump the generation in the same transaction as
// any change the public can see (publication, withdrawal, a new live revision, validity, catalogue tree,
// agency details; prisma/migrations/*_public_cache). Generations are random, so one never repeats (not
// even after the table is emptied or restored). A read costs one primary-key lookup of the
// generation; a stale entry can never be served, on this instance or any other, because the generation
// lives in the shared database — several app instances need nothing else (no shared cache server).
import { db } from "@/lib/db";

const MAX_ENTRIES = Number(process.env.GONGKAI_PUBLIC_CACHE_ENTRIES ?? 2000);

type Entry = { generation: bigint; value: unknown };
const entries = new Map<string, Entry>();

export const WHOLE_PORTAL = "*";

async function currentGeneration(scope: string): Promise<bigint> {
  const row = await db.publicGeneration.findUnique({ where: { scope }, select: { generation: true } });
  return row?.generation ?? BigInt(0);
}

/**
 * The value of `load()` for `key`, computed again only when the scope's generation moved. The generation is
 * read before loading, so a change committed during the load makes the next read load again.
 */
export async function cachedPublic<T>(scope: string, key: string, load: () => Promise<T>): Promise<T> {
  if (MAX_ENTRIES <= 0) return load();
  const cacheKey = `${scope}\u0000${key}`;
  const generation = await currentGeneration(scope);
  const hit = entries.get(cacheKey);
  if (hit && hit.generation === generation) {
    // Refresh its place: the map's order is the eviction order (least recently used first).
    entries.delete(cacheKey);
    entries.set(cacheKey, hit);
    return hit.value as T;
  }
  const value = await load();
  entries.set(cacheKey, { generation, value });
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}

/** For tests: forget everything. */
export function clearPublicCache() {
  entries.clear();
}

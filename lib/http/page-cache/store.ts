// The page cache's memory: responses by key, least recently used dropped first once the bytes bound is
// reached, and an index from tag to keys so that a notification drops exactly the pages it names.

export type StoredPage = {
  status: number;
  /** Response headers as Next.js wrote them (names lower-case), the cache's own included. */
  headers: Record<string, string | string[]>;
  body: Buffer;
  /** The same body gzip-compressed, made once when stored (when that is smaller). */
  gzip?: Buffer;
  etag: string;
  tags: string[];
  /** Epoch milliseconds after which the page is rendered again (the next day in China: dates shown change). */
  expiresAt: number;
};

export class PageStore {
  private readonly pages = new Map<string, StoredPage>();
  private readonly byTag = new Map<string, Set<string>>();
  private bytes = 0;

  constructor(readonly maxBytes: number) {}

  get size() {
    return this.pages.size;
  }

  get usedBytes() {
    return this.bytes;
  }

  get(key: string, now = Date.now()): StoredPage | undefined {
    const page = this.pages.get(key);
    if (!page) return undefined;
    if (page.expiresAt <= now) {
      this.delete(key);
      return undefined;
    }
    // Map order is the eviction order: a hit moves the page to the young end.
    this.pages.delete(key);
    this.pages.set(key, page);
    return page;
  }

  set(key: string, page: StoredPage) {
    const cost = costOf(key, page);
    if (cost > this.maxBytes / 4) return; // one page may not push out a quarter of the cache
    this.delete(key);
    this.pages.set(key, page);
    this.bytes += cost;
    for (const tag of page.tags) {
      const keys = this.byTag.get(tag) ?? new Set<string>();
      keys.add(key);
      this.byTag.set(tag, keys);
    }
    while (this.bytes > this.maxBytes) this.delete(this.pages.keys().next().value as string);
  }

  /** Drops every page carrying one of these tags; returns how many. */
  dropTags(tags: Iterable<string>): number {
    let dropped = 0;
    for (const tag of tags) {
      for (const key of [...(this.byTag.get(tag) ?? [])]) if (this.delete(key)) dropped++;
    }
    return dropped;
  }

  clear() {
    this.pages.clear();
    this.byTag.clear();
    this.bytes = 0;
  }

  private delete(key: string): boolean {
    const page = this.pages.get(key);
    if (!page) return false;
    this.pages.delete(key);
    this.bytes -= costOf(key, page);
    for (const tag of page.tags) {
      const keys = this.byTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.byTag.delete(tag);
    }
    return true;
  }
}

function costOf(key: string, page: StoredPage): number {
  let headers = 0;
  for (const [name, value] of Object.entries(page.headers)) headers += name.length + String(value).length;
  return key.length * 2 + page.body.length + (page.gzip?.length ?? 0) + headers + 256;
}

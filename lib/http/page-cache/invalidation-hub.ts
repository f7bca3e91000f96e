// Where the database's change notifications meet the caches that must forget. The app's server holds the
// listening connection (./portal-listener.ts); the page cache and the read-model cache of
// lib/portal/public-cache.ts subscribe here. It lives on globalThis because Next.js bundles its own copy of
// lib/ modules: both copies run in one process and must see one hub.

/** What a notification on the `gongkai_portal` channel says changed. */
export type PortalChange =
  /** Page tags (item:<id>, agency:<code>, catalogue:<code>, report:<code>, portal) and read-model scopes. */
  | { all?: false; tags: string[]; scopes: string[] }
  /** Too much to name (a bulk import), or the listening connection was lost: forget everything. */
  | { all: true };

type Subscriber = (change: PortalChange) => void;

export type InvalidationHub = {
  /** True while LISTEN is established: only then may a cache trust that no notification was missed. */
  readonly listening: boolean;
  /** Moves on every change and every loss or return of the connection. A value computed while it moved
   * may be stale already: a cache stores it only when the epoch is the same before and after. */
  readonly epoch: number;
  subscribe(subscriber: Subscriber): () => void;
  setListening(listening: boolean): void;
  publish(change: PortalChange): void;
};

function createHub(): InvalidationHub {
  const subscribers = new Set<Subscriber>();
  let listening = false;
  let epoch = 0;
  const publish = (change: PortalChange) => {
    epoch++;
    for (const subscriber of subscribers) subscriber(change);
  };
  return {
    get listening() {
      return listening;
    },
    get epoch() {
      return epoch;
    },
    subscribe(subscriber) {
      subscribers.add(subscriber);
      return () => subscribers.delete(subscriber);
    },
    setListening(next) {
      // Either way, what was cached may have missed a notification (before LISTEN, or while it was down).
      listening = next;
      publish({ all: true });
    },
    publish,
  };
}

const holder = globalThis as unknown as { gongkaiInvalidationHub?: InvalidationHub };

/** The process's one hub. */
export function invalidationHub(): InvalidationHub {
  holder.gongkaiInvalidationHub ??= createHub();
  return holder.gongkaiInvalidationHub;
}

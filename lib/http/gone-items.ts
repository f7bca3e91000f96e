// 410 Gone for the address of a withdrawn (已撤回) item. Its page (app/(portal)/items/[id]) renders a notice,
// but an App Router page cannot choose its status: Next.js 16 offers only notFound() (404), forbidden() (403)
// and unauthorized() (401) — a gone() is only proposed (vercel/next.js PR 78706, open) — a Server Component
// cannot set response headers, and a proxy.ts rewrite to a route handler would lose the portal layout. So this server, which already sits in front of Next.js, asks the
// database itself whether the path is a withdrawn item's page and, if so, turns the 200 Next.js writes into a
// 410 — only a 200: a 404, 304 or 500 stays what it is. The page and this lookup use the same rule (an item
// that was public before its withdrawal: lib/items/public-queries.ts findWithdrawnItemNotice), and a withdrawn
// item is never published again (lib/items/withdraw-item.ts is a one-way PUBLISHED → WITHDRAWN), so they agree.
// Wrapped inside the page cache (lib/http/request-listener.ts), which therefore sees the 410 and never keeps it.
import type { IncomingMessage, ServerResponse } from "node:http";
import pg from "pg";

const ITEM_PAGE =
  /^(?:\/en)?\/items\/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\/?$/;

/** The item id of a portal item page (/items/<uuid> or /en/items/<uuid>), or undefined. */
export function itemPageId(url: string | undefined): string | undefined {
  return ITEM_PAGE.exec((url ?? "/").split("?")[0])?.[1]?.toLowerCase();
}

export type GoneItems = { isWithdrawn(itemId: string): Promise<boolean>; close(): Promise<void> };

/** Whether an item is withdrawn after having been public: the SQL twin of findWithdrawnItemNotice. */
export function withdrawnItemLookup(connectionString: string): GoneItems {
  const pool = new pg.Pool({ connectionString, max: 2, application_name: "gongkai-gone-items" });
  pool.on("error", () => undefined); // an idle connection dropped: the next query opens another
  return {
    async isWithdrawn(itemId) {
      const { rowCount } = await pool.query(
        `SELECT 1 FROM item i JOIN item_revision r ON r.id = i.live_revision_id JOIN agency a ON a.id = i.agency_id
         WHERE i.id = $1 AND i.state = 'WITHDRAWN' AND i.withdrawn_at IS NOT NULL AND i.index_number IS NOT NULL
           AND r.disclosure = 'PROACTIVE' AND r.status = 'APPROVED' AND a.active`,
        [itemId],
      );
      return (rowCount ?? 0) > 0;
    },
    close: () => pool.end(),
  };
}

/** From now on, a 200 written on `res` (by writeHead or implicitly through statusCode) goes out as `status`. */
export function replaceOkStatus(res: ServerResponse, status: number) {
  let current = res.statusCode === 200 ? status : res.statusCode;
  Object.defineProperty(res, "statusCode", {
    configurable: true,
    enumerable: true,
    get: () => current,
    set: (value: number) => {
      current = value === 200 ? status : value;
    },
  });
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, code: number, ...rest: unknown[]) {
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, code === 200 ? status : code, ...rest);
  } as ServerResponse["writeHead"];
}

/** `handle`, answering 410 Gone instead of 200 on the page of a withdrawn item. */
export function withGoneItems(
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  gone: Pick<GoneItems, "isWithdrawn">,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    const itemId = req.method === "GET" || req.method === "HEAD" ? itemPageId(req.url) : undefined;
    // A failed lookup (the database just went away) leaves the answer to Next.js rather than failing the request.
    if (itemId && (await gone.isWithdrawn(itemId).catch(() => false))) replaceOkStatus(res, 410);
    return handle(req, res);
  };
}

// A withdrawn (已撤回) item's address answers 410 Gone (lib/http/gone-items.ts), on real sockets and a real
// PostgreSQL, through the app's request listener and its page cache: the 410 is never kept, and withheld, draft,
// public and unknown items are left alone. And the notice's read model shows what was public, never the reason.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed-demo-data";
import { parseTrustedProxies } from "@/lib/http/client-address";
import { itemPageId, withdrawnItemLookup } from "@/lib/http/gone-items";
import { invalidationHub } from "@/lib/http/page-cache/invalidation-hub";
import { itemAgencyLookup } from "@/lib/http/page-cache/item-agency";
import { createPageCache } from "@/lib/http/page-cache/page-cache";
import { listenForPortalChanges } from "@/lib/http/page-cache/portal-listener";
import { createRequestListener } from "@/lib/http/request-listener";
import { findWithdrawnItemNotice } from "@/lib/items/public-queries";
import { type Canary, createCanaries } from "../../e2e/support/canary";

const storageDir = path.join(process.cwd(), ".data", "test-attachments", `gone-${randomBytes(4).toString("hex")}`);
vi.stubEnv("GONGKAI_STORAGE_DIR", storageDir);
afterAll(async () => {
  await rm(storageDir, { recursive: true, force: true });
});

const hub = invalidationHub();
const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()?.();
});

let canaries: Record<Canary["kind"], Canary>;
beforeEach(async () => {
  await seedDemoData(db);
  const made = await createCanaries({ tag: `gone${randomBytes(3).toString("hex")}` });
  canaries = Object.fromEntries(made.map((c) => [c.kind, c])) as typeof canaries;
});

/** Next.js as the item page would answer: 200 for every item (the page renders the notice), in two styles. */
async function handle(req: IncomingMessage, res: ServerResponse) {
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
  if ((req.url ?? "").includes("missing")) {
    res.writeHead(404).end("<html>not found</html>");
  } else if (req.headers["x-test-write-head"]) {
    res.writeHead(200, { "X-Test": "1" }).end("<html>page</html>");
  } else {
    res.statusCode = 200;
    res.write("<html>");
    res.end("page</html>");
  }
}

async function start(options: { pageCache: boolean }) {
  const lookup = itemAgencyLookup(process.env.DATABASE_URL!);
  const goneItems = withdrawnItemLookup(process.env.DATABASE_URL!);
  const pageCache = options.pageCache
    ? createPageCache({ maxBytes: 8 * 1024 * 1024, hub, agencyOfItem: lookup.agencyOfItem })
    : undefined;
  const listener = listenForPortalChanges({
    connectionString: process.env.DATABASE_URL!,
    hub,
    log: { info: () => undefined, warn: () => undefined },
    minDelayMs: 50,
  });
  const server = http.createServer(
    createRequestListener({
      handle,
      trusted: parseTrustedProxies(""),
      log: { info: () => undefined, error: () => undefined },
      pageCache,
      goneItems,
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(
    () => lookup.close(),
    () => goneItems.close(),
    async () => pageCache?.close(),
    () => listener.close(),
    () => new Promise((resolve) => server.close(resolve)),
  );
  const deadline = Date.now() + 3000;
  while (!hub.listening && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    get: (p: string, headers: Record<string, string> = {}, method = "GET") => fetch(base + p, { headers, method }),
    lookup: goneItems,
  };
}

describe("410 Gone for a withdrawn item's page", () => {
  it("answers 410 in both languages, whichever way Next.js writes its 200, and the page cache never keeps it", async () => {
    const { get } = await start({ pageCache: true });
    const id = canaries.WITHDRAWN.itemId;
    for (const p of [`/items/${id}`, `/en/items/${id}`, `/items/${id.toUpperCase()}`]) {
      const first = await get(p);
      expect(first.status, p).toBe(410);
      expect(await first.text()).toBe("<html>page</html>");
      const again = await get(p);
      expect(again.status, p).toBe(410);
      expect(again.headers.get("x-gongkai-cache")).toBeNull(); // not served from (nor put into) the cache
      expect(again.headers.get("cache-control")).not.toContain("public");
    }
    const explicit = await get(`/items/${id}`, { "x-test-write-head": "1" });
    expect(explicit.status).toBe(410);
    expect(explicit.headers.get("x-test")).toBe("1");
    expect((await get(`/items/${id}`, {}, "HEAD")).status).toBe(410);
  });

  it("answers 410 without the page cache too", async () => {
    const { get } = await start({ pageCache: false });
    expect((await get(`/items/${canaries.WITHDRAWN.itemId}`)).status).toBe(410);
    expect((await get(`/items/${canaries.WITHDRAWN.itemId}`, { "x-test-write-head": "1" })).status).toBe(410);
  });

  it("leaves withheld, draft, public and unknown items and other paths alone", async () => {
    const { get, lookup } = await start({ pageCache: true });
    for (const kind of ["WITHHELD", "DRAFT", "PENDING_REVISION"] as const) {
      expect(await lookup.isWithdrawn(canaries[kind].itemId), kind).toBe(false);
      expect((await get(`/items/${canaries[kind].itemId}`)).status, kind).toBe(200);
    }
    expect(await lookup.isWithdrawn(canaries.WITHDRAWN.itemId)).toBe(true);
    expect((await get("/items/00000000-0000-4000-8000-000000000000")).status).toBe(200);
    // Another status stays what it is; the item's attachments and API answer are not its page.
    expect((await get(`/items/${canaries.WITHDRAWN.itemId}?missing`)).status).toBe(404);
    expect(
      (await get(`/items/${canaries.WITHDRAWN.itemId}/attachments/${canaries.WITHDRAWN.attachmentId}`)).status,
    ).toBe(200);
    expect((await get(`/api/v1/items/${canaries.WITHDRAWN.itemId}`)).status).toBe(200);
    expect((await get(`/items/${canaries.WITHDRAWN.itemId}`, {}, "POST")).status).toBe(200);
  });

  it("recognises only item page paths", () => {
    const id = "0b6d3f1e-8a2c-4c1b-9e7f-1234567890ab";
    expect(itemPageId(`/items/${id}`)).toBe(id);
    expect(itemPageId(`/en/items/${id}?x=1`)).toBe(id);
    expect(itemPageId(`/items/${id}/attachments/${id}`)).toBeUndefined();
    expect(itemPageId(`/fr/items/${id}`)).toBeUndefined();
    expect(itemPageId("/items/not-a-uuid")).toBeUndefined();
  });
});

describe("the withdrawn item's notice", () => {
  it("shows the 索引号, title and date of a withdrawn item, never the leader's reason", async () => {
    const withdrawn = canaries.WITHDRAWN;
    const notice = await findWithdrawnItemNotice(withdrawn.itemId);
    const item = await db.item.findUniqueOrThrow({ where: { id: withdrawn.itemId } });
    expect(notice).toEqual({
      indexNumber: item.indexNumber,
      title: `关于${withdrawn.marker}的通知`,
      withdrawnAt: item.withdrawnAt,
    });
    expect(JSON.stringify(notice)).not.toContain("撤回 ");
  });

  it("has nothing for withheld, draft, public or unknown items", async () => {
    for (const kind of ["WITHHELD", "DRAFT", "PENDING_REVISION"] as const)
      expect(await findWithdrawnItemNotice(canaries[kind].itemId), kind).toBeNull();
    expect(await findWithdrawnItemNotice("00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await findWithdrawnItemNotice("not-a-uuid")).toBeNull();
  });

  it("has nothing once the item's agency is deactivated (its items are off the portal)", async () => {
    const withdrawn = await db.item.findUniqueOrThrow({ where: { id: canaries.WITHDRAWN.itemId } });
    await db.agency.update({ where: { id: withdrawn.agencyId }, data: { active: false } });
    expect(await findWithdrawnItemNotice(withdrawn.id)).toBeNull();
    const lookup = withdrawnItemLookup(process.env.DATABASE_URL!);
    closers.push(() => lookup.close());
    expect(await lookup.isWithdrawn(withdrawn.id)).toBe(false);
  });
});

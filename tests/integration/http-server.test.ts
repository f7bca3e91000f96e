// The app's own server layer (lib/http/request-listener.ts) on real sockets and a real PostgreSQL: who the
// client is, request ids, and "briefly unavailable" while the database is gone, recovering by itself.
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { parseTrustedProxies } from "@/lib/http/client-address";
import { databaseGate, type DatabaseGate } from "@/lib/http/database-gate";
import { createRequestListener } from "@/lib/http/request-listener";

const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()?.();
});

const quiet = { info: () => undefined, error: () => undefined };

/** A server around a stand-in for Next.js that answers with the headers the app would see. */
async function serve(options: { trusted?: string; gate?: DatabaseGate }) {
  const server = http.createServer(
    createRequestListener({
      trusted: parseTrustedProxies(options.trusted ?? ""),
      log: quiet,
      gate: options.gate,
      handle: async (req, res) => {
        res.setHeader("Content-Type", "application/json");
        res.end(
          JSON.stringify({ client: req.headers["x-gongkai-client-address"], xff: req.headers["x-forwarded-for"] }),
        );
      },
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(() => new Promise((resolve) => server.close(resolve)));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A TCP relay to the test PostgreSQL that can be switched off and on, like a database that goes away. */
async function switchableDatabase() {
  const target = new URL(process.env.DATABASE_URL!);
  const sockets = new Set<net.Socket>();
  let relay: net.Server | null = null;
  let port = 0;
  const on = () =>
    new Promise<void>((resolve) => {
      relay = net.createServer((client) => {
        const upstream = net.connect(Number(target.port || 5432), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on("error", () => s.destroy());
          s.on("close", () => sockets.delete(s));
        }
        client.pipe(upstream).pipe(client);
      });
      relay.listen(port, "127.0.0.1", () => {
        port = (relay!.address() as AddressInfo).port;
        resolve();
      });
    });
  const off = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      relay ? relay.close(() => resolve()) : resolve();
      relay = null;
    });
  await on();
  closers.push(off);
  const url = new URL(target);
  url.hostname = "127.0.0.1";
  url.port = String(port);
  return { url: url.toString(), on, off };
}

describe("the client address the app sees", () => {
  it("is the socket's, whatever the client claims", async () => {
    const base = await serve({});
    const answer = await fetch(base, {
      headers: { "X-Forwarded-For": "203.0.113.99", "X-Gongkai-Client-Address": "198.51.100.1" },
    });
    expect(await answer.json()).toEqual({ client: "127.0.0.1" });
  });

  it("comes from X-Forwarded-For when the peer is a trusted proxy", async () => {
    const base = await serve({ trusted: "127.0.0.1" });
    const answer = await fetch(base, { headers: { "X-Forwarded-For": "1.2.3.4, 203.0.113.99" } });
    expect(await answer.json()).toEqual({ client: "203.0.113.99", xff: "1.2.3.4, 203.0.113.99" });
  });
});

describe("request ids", () => {
  it("are new for every request, and a client's own is not taken", async () => {
    const base = await serve({});
    const a = await fetch(base, { headers: { "X-Request-Id": "chosen-by-the-client" } });
    const b = await fetch(base);
    expect(a.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.headers.get("x-request-id")).not.toBe(b.headers.get("x-request-id"));
  });

  it("from a trusted proxy are kept, so both logs name the same request", async () => {
    const base = await serve({ trusted: "127.0.0.1" });
    const answer = await fetch(base, { headers: { "X-Request-Id": "0123456789abcdef0123456789abcdef" } });
    expect(answer.headers.get("x-request-id")).toBe("0123456789abcdef0123456789abcdef");
  });
});

describe("while PostgreSQL is unreachable", () => {
  it("pages answer 503 with Retry-After and say so, the API in JSON, the liveness probe still 200; then it recovers", async () => {
    const database = await switchableDatabase();
    const gate = databaseGate(database.url, { intervalMs: 0, timeoutMs: 500 });
    closers.push(() => gate.close());
    const base = await serve({ gate });
    expect((await fetch(`${base}/items`)).status).toBe(200);

    await database.off();
    const page = await fetch(`${base}/items`);
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("10");
    const html = await page.text();
    expect(html).toContain("服务暂时不可用");
    expect(html).toContain(page.headers.get("x-request-id")!);
    expect(html).not.toContain("没有提交成功");

    const api = await fetch(`${base}/api/v1/items`, { headers: { "Accept-Language": "en" } });
    expect(api.status).toBe(503);
    expect(await api.json()).toMatchObject({ error: { code: "UNAVAILABLE", message: /briefly unavailable/ } });
    expect((await fetch(`${base}/api/health`)).status).toBe(200);

    await database.on();
    expect((await fetch(`${base}/items`)).status).toBe(200);
  });
});

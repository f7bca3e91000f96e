// Webhooks for integrators (issue 13): an agency administrator registers an endpoint; the database writes one
// delivery per subscribed endpoint in the transaction of the change (item published / withdrawn, report
// published); the loop POSTs it signed, retries failures and gives up after the maximum attempts. A withheld
// (不予公开) item never produces an event; another agency's endpoints are neither seen nor touched.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { withdrawItem } from "@/lib/items/withdraw-item";
import { deliverWebhooks } from "@/lib/webhooks/deliver-webhooks";
import { deactivateWebhookEndpoint, registerWebhookEndpoint } from "@/lib/webhooks/manage-endpoints";
import { listWebhookEndpoints } from "@/lib/webhooks/queries";
import { verifyWebhookSignature, webhookSignature } from "@/lib/webhooks/signature";
import { appError } from "../support/app-error";
import { itemAt } from "../support/items";
import { DEMO, type DemoAgencyIds, principalFor, seedDemo } from "../support/principals";

type Received = { headers: http.IncomingHttpHeaders; body: string };
const received: Received[] = [];
let answer = 204;
let server: http.Server;
let receiverUrl = "";

beforeAll(async () => {
  server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      response.writeHead(answer).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/gongkai-hook`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

let agencies: DemoAgencyIds;
let admin: CurrentUser, staff: CurrentUser, reviewer: CurrentUser, leader: CurrentUser, financeAdmin: CurrentUser;

beforeEach(async () => {
  agencies = await seedDemo();
  [admin, staff, reviewer, leader, financeAdmin] = await Promise.all(
    [DEMO.commerceAdmin, DEMO.commerceStaff, DEMO.commerceReviewer, DEMO.commerceLeader, DEMO.financeAdmin].map(
      principalFor,
    ),
  );
  received.length = 0;
  answer = 204;
});

const people = () => ({ drafter: staff, reviewer, leader });

describe("webhooks", () => {
  it("deliver a published and a withdrawn item, signed, once each", async () => {
    const { secret } = await registerWebhookEndpoint({
      actor: admin,
      agencyId: agencies.commerce,
      input: { url: receiverUrl, description: "办公自动化系统", events: ["item.published", "item.withdrawn"] },
    });
    const item = await itemAt("PUBLISHED", people(), agencies.commerce);
    await withdrawItem({ actor: leader, itemId: item.id, input: { reason: "内容已过时，予以撤回。" } });

    expect(await deliverWebhooks()).toEqual({ sent: 2, retrying: 0, failed: 0 });
    expect(received.map((r) => r.headers["x-gongkai-event"])).toEqual(["item.published", "item.withdrawn"]);
    const published = JSON.parse(received[0].body);
    expect(published).toMatchObject({
      event: "item.published",
      item: { id: item.id, title: "三元区商务局关于开展2017年安全生产月活动的通知", agencyCode: "350403001" },
    });
    expect(published.item.indexNumber).toMatch(/^350403001/);
    expect(JSON.parse(received[1].body).item).not.toHaveProperty("title");

    // The receiver can check each message with the secret it was given once.
    for (const r of received) {
      const timestamp = Number(r.headers["x-gongkai-timestamp"]);
      expect(
        verifyWebhookSignature({
          secret,
          timestamp,
          body: r.body,
          signature: String(r.headers["x-gongkai-signature"]),
        }),
      ).toBe(true);
      expect(
        verifyWebhookSignature({
          secret: "another",
          timestamp,
          body: r.body,
          signature: String(r.headers["x-gongkai-signature"]),
        }),
      ).toBe(false);
      expect(r.headers["x-gongkai-delivery"]).toBe(JSON.parse(r.body).id);
    }
    // Nothing is sent twice.
    expect(await deliverWebhooks()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(received).toHaveLength(2);
  });

  it("never report a withheld (不予公开) item, nor one of another agency, nor unsubscribed events", async () => {
    await registerWebhookEndpoint({
      actor: admin,
      agencyId: agencies.commerce,
      input: { url: receiverUrl, description: "", events: ["item.withdrawn"] },
    });
    await itemAt("PUBLISHED", people(), agencies.commerce, {
      disclosure: "WITHHELD",
      withholdGround: "STATE_SECRET",
      withholdReason: "涉及国家秘密。",
    });
    await itemAt("PUBLISHED", people(), agencies.commerce); // published, but only withdrawals are subscribed
    expect(await db.webhookDelivery.count()).toBe(0);
  });

  it("retry a failing receiver on the schedule, then give up", async () => {
    await registerWebhookEndpoint({
      actor: admin,
      agencyId: agencies.commerce,
      input: { url: receiverUrl, description: "", events: ["item.published"] },
    });
    await itemAt("PUBLISHED", people(), agencies.commerce);
    answer = 500;
    const start = new Date();
    expect(await deliverWebhooks({ now: start, maxAttempts: 2 })).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const waiting = await db.webhookDelivery.findFirstOrThrow();
    expect(waiting).toMatchObject({ status: "PENDING", attempts: 1, lastStatus: 500, lastError: "HTTP 500" });
    expect(waiting.nextAttemptAt.getTime() - start.getTime()).toBe(60_000);
    // Not due yet: nothing is sent.
    expect(await deliverWebhooks({ now: start, maxAttempts: 2 })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(await deliverWebhooks({ now: new Date(start.getTime() + 61_000), maxAttempts: 2 })).toEqual({
      sent: 0,
      retrying: 0,
      failed: 1,
    });
    expect((await db.webhookDelivery.findFirstOrThrow()).status).toBe("FAILED");
  });

  it("are managed by the agency's administrator only, audited; another agency's endpoint is not found", async () => {
    for (const actor of [staff, leader, financeAdmin]) {
      const refused = await appError(
        registerWebhookEndpoint({
          actor,
          agencyId: agencies.commerce,
          input: { url: receiverUrl, description: "", events: ["item.published"] },
        }),
      );
      expect(refused.code).toBe("FORBIDDEN");
    }
    const { id } = await registerWebhookEndpoint({
      actor: admin,
      agencyId: agencies.commerce,
      input: { url: receiverUrl, description: "", events: ["item.published"] },
    });
    expect(await listWebhookEndpoints(financeAdmin, agencies.commerce)).toBeNull();
    const listed = await listWebhookEndpoints(admin, agencies.commerce);
    expect(listed?.map((e) => e.id)).toEqual([id]);
    expect(listed?.[0]).not.toHaveProperty("secret");

    expect((await appError(deactivateWebhookEndpoint({ actor: financeAdmin, endpointId: id }))).code).toBe("NOT_FOUND");
    await deactivateWebhookEndpoint({ actor: admin, endpointId: id });
    await itemAt("PUBLISHED", people(), agencies.commerce);
    expect(await db.webhookDelivery.count()).toBe(0);
    expect(await db.auditEvent.count({ where: { type: { in: ["webhook.registered", "webhook.deactivated"] } } })).toBe(
      2,
    );
  });

  it.each([
    [{ url: "ftp://oa.sanyuan.gov.cn/hook", events: ["item.published"] }, "url", "webhookUrl"],
    [{ url: "https://user:pass@oa.sanyuan.gov.cn/hook", events: ["item.published"] }, "url", "webhookUrl"],
    [{ url: "not a url", events: ["item.published"] }, "url", "webhookUrl"],
    [{ url: "https://oa.sanyuan.gov.cn/hook", events: [] }, "events", "webhookEventsRequired"],
    [{ url: "https://oa.sanyuan.gov.cn/hook", events: ["item.deleted"] }, "events.0", "invalid"],
  ])("refuse %j with a field message", async (input, field, message) => {
    const refused = await appError(
      registerWebhookEndpoint({ actor: admin, agencyId: agencies.commerce, input: { description: "", ...input } }),
    );
    expect(refused.fieldErrors?.[field]).toContain(message);
  });

  it("sign 'timestamp.body' with HMAC-SHA256 and refuse stale timestamps", () => {
    // Checked against `printf '1780000000.{}' | openssl dgst -sha256 -hmac secret`.
    expect(webhookSignature("secret", 1_780_000_000, "{}")).toBe(
      "sha256=f2dadf9ad78978e9a3a09f360d82463bb247403b8a15405e9a194ed17a4d5357",
    );
    const signature = webhookSignature("secret", 1_780_000_000, "{}");
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    const at = new Date(1_780_000_000_000);
    expect(verifyWebhookSignature({ secret: "secret", timestamp: 1_780_000_000, body: "{}", signature, now: at })).toBe(
      true,
    );
    const late = new Date(at.getTime() + 301_000);
    expect(
      verifyWebhookSignature({ secret: "secret", timestamp: 1_780_000_000, body: "{}", signature, now: late }),
    ).toBe(false);
  });
});

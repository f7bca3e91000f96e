// The console's route handlers (file downloads, the reply PDF, CSV templates) as a browser reaches them, with the
// session read from the database like any page: a user who must change the password an administrator set gets
// nothing but the way to the change-password page, and every download of an applicant's papers is audited.
// Only next-auth's cookie decoding is replaced (there is no HTTP request here); the session, the user and the
// files are real.
import { readdirSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { startSession } from "@/lib/auth/sessions";
import { registerRequest } from "@/lib/requests/register-request";
import { draftReply } from "@/lib/requests/replies/draft-reply";
import { addReleasedFile } from "@/lib/requests/replies/released-files";
import { submitOnlineRequestWithFiles } from "@/lib/requests/request-files";
import { chinesePdf, jpeg } from "../fixtures/attachments/build-fixtures";
import { DEMO, principalFor, seedDemo, userIdOf, type DemoAgencyIds } from "../support/principals";
import { onlineRequestInput } from "../support/requests";

const session = vi.hoisted(() => ({ claims: null as null | { uid: string; sv: number; sid: string } }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => session.claims,
}));

const { GET: requestFile } = await import("@/app/(console)/console/requests/[id]/files/[fileId]/route");
const { GET: replyPdf } = await import("@/app/(console)/console/requests/[id]/reply/[replyId]/pdf/route");
const { GET: replyFile } = await import("@/app/(console)/console/requests/[id]/reply/[replyId]/files/[fileId]/route");
const { GET: importTemplate } = await import("@/app/(console)/console/items/import/template/route");
const { GET: historyTemplate } = await import("@/app/(console)/console/reports/history/template/route");

const storageDir = path.join(process.cwd(), ".data", "test-attachments", `routes-${randomBytes(4).toString("hex")}`);

let agencies: DemoAgencyIds;
beforeEach(async () => {
  vi.stubEnv("GONGKAI_STORAGE_DIR", storageDir);
  agencies = await seedDemo();
  session.claims = null;
});
afterAll(async () => {
  await rm(storageDir, { recursive: true, force: true });
});

async function signInAs(email: string) {
  const uid = await userIdOf(email);
  const user = await db.user.findUniqueOrThrow({ where: { id: uid } });
  session.claims = { uid, sv: user.sessionVersion, sid: await startSession({ userId: uid, clientIp: "10.0.0.9" }) };
  return uid;
}

async function requestWithIdScan() {
  const request = await submitOnlineRequestWithFiles({
    input: onlineRequestInput(agencies.commerce),
    files: [{ bytes: jpeg(), fileName: "身份证正面.jpg" }],
  });
  const file = await db.requestFile.findFirstOrThrow({ where: { requestId: request.id } });
  return { request, file };
}

const http = () => new Request("http://localhost/console/x", { headers: { "x-gongkai-client-address": "10.0.0.9" } });
const fileRoute = (requestId: string, fileId: string) =>
  requestFile(http(), { params: Promise.resolve({ id: requestId, fileId }) });

describe("a user who must change their password", () => {
  it("gets no request file download: only the way to the change-password page", async () => {
    const { request, file } = await requestWithIdScan();
    const uid = await signInAs(DEMO.commerceStaff);
    expect((await fileRoute(request.id, file.id)).status).toBe(200);

    await db.user.update({ where: { id: uid }, data: { mustChangePassword: true } });
    for (const response of [await fileRoute(request.id, file.id)]) {
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe("/console/account/password");
      expect((await response.arrayBuffer()).byteLength).toBe(0);
    }
    expect(await db.auditEvent.count({ where: { type: "request.file_downloaded" } })).toBe(1);
  });

  it("is sent to the password page by the CSV templates too (an administrator and a staff member)", async () => {
    const admin = await signInAs(DEMO.commerceAdmin);
    expect((await importTemplate()).status).toBe(200);
    await db.user.update({ where: { id: admin }, data: { mustChangePassword: true } });
    expect((await importTemplate()).status).toBe(303);

    const staff = await signInAs(DEMO.commerceStaff);
    expect((await historyTemplate()).status).toBe(200);
    await db.user.update({ where: { id: staff }, data: { mustChangePassword: true } });
    expect((await historyTemplate()).status).toBe(303);
  });

  it("anonymous visitors get 401", async () => {
    const { request, file } = await requestWithIdScan();
    expect((await fileRoute(request.id, file.id)).status).toBe(401);
  });

  it("every console route handler goes through requireRouteUser (none reads the session on its own)", () => {
    const root = path.resolve(import.meta.dirname, "../../app/(console)");
    const routes = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith("route.ts"));
    expect(routes.length).toBeGreaterThanOrEqual(6);
    for (const route of routes) {
      const source = readFileSync(path.join(root, route), "utf8");
      expect(source, route).toContain("requireRouteUser()");
      expect(source, route).not.toContain("getCurrentUser");
    }
  });
});

/** A registered request with a draft reply (予以公开, by files) and one released document. */
async function draftReplyWithFile() {
  const staff = await principalFor(DEMO.commerceStaff);
  const request = await registerRequest({
    actor: staff,
    input: {
      ...onlineRequestInput(agencies.commerce),
      channel: "IN_PERSON",
      receiptBasis: "HANDED_IN",
      receivedOn: "2026-11-02",
    },
  });
  const reply = await draftReply({ actor: staff, requestId: request.id, input: { outcome: "GRANTED" } });
  const file = await addReleasedFile({
    actor: staff,
    requestId: request.id,
    replyId: reply.id,
    file: { bytes: chinesePdf(["检查记录"]), fileName: "检查记录.pdf" },
  });
  return { request, reply, file };
}

describe("the reply letter PDF and the reply's documents", () => {
  it("are audited when opened, and refused to a user who must change their password", async () => {
    const { request, reply, file } = await draftReplyWithFile();
    const uid = await signInAs(DEMO.commerceStaff);
    const pdf = () => replyPdf(http(), { params: Promise.resolve({ id: request.id, replyId: reply.id }) });
    const doc = () =>
      replyFile(http(), { params: Promise.resolve({ id: request.id, replyId: reply.id, fileId: file.id }) });
    expect((await pdf()).status).toBe(200);
    expect((await doc()).status).toBe(200);
    const events = await db.auditEvent.findMany({
      where: { type: { in: ["request.reply_pdf_downloaded", "request.reply_file_downloaded"] } },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.type, e.actorId, e.agencyId, e.entityId, e.payload])).toEqual([
      ["request.reply_pdf_downloaded", uid, agencies.commerce, request.id, { outcome: "GRANTED", draft: true }],
      ["request.reply_file_downloaded", uid, agencies.commerce, request.id, { fileName: "检查记录.pdf" }],
    ]);

    await db.user.update({ where: { id: uid }, data: { mustChangePassword: true } });
    expect((await pdf()).status).toBe(303);
    expect((await doc()).status).toBe(303);
    expect(await db.auditEvent.count({ where: { type: { endsWith: "_downloaded" } } })).toBe(2);
  });
});

describe("staff downloads of an applicant's papers", () => {
  it("are audited: who, from where, which file of which request, for the request's agency", async () => {
    const { request, file } = await requestWithIdScan();
    const uid = await signInAs(DEMO.commerceStaff);
    const response = await fileRoute(request.id, file.id);
    expect(response.status).toBe(200);
    const events = await db.auditEvent.findMany({ where: { type: "request.file_downloaded" } });
    expect(events).toEqual([
      expect.objectContaining({
        actorId: uid,
        clientIp: "10.0.0.9",
        agencyId: agencies.commerce,
        entityType: "request",
        entityId: request.id,
        payload: { kind: "APPLICANT_UPLOAD", fileName: "身份证正面.jpg" },
      }),
    ]);
  });

  it("a refused download (another agency's request) leaves no download event", async () => {
    const { request, file } = await requestWithIdScan();
    await signInAs(DEMO.financeStaff);
    expect((await fileRoute(request.id, file.id)).status).toBe(404);
    expect(await db.auditEvent.count({ where: { type: "request.file_downloaded" } })).toBe(0);
  });
});

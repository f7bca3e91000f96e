// E-mail delivery through the outbox to a real SMTP server (an in-process sink): delivered, retried while
// the server is down, given up after the maximum attempts, and put back by an administrator.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { mailSetupFromEnv, retryDelayMs } from "@/lib/email/mail-config";
import { listOutboxForUser, outboxCounts } from "@/lib/email/queries";
import { resendEmail } from "@/lib/email/resend-email";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { sendOutbox } from "@/lib/email/send-outbox";
import type { AppError } from "@/lib/errors/app-error";
import { submitOnlineRequest } from "@/lib/requests/submit-online-request";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../support/principals";
import { onlineRequestInput } from "../support/requests";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";

let agencies: DemoAgencyIds;
let sink: SmtpSink | null = null;

beforeEach(async () => {
  agencies = await seedDemo();
});

afterEach(async () => {
  await sink?.stop();
  sink = null;
});

const fail = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: AppError) => e,
  );
const at = (iso: string) => new Date(iso);

describe("sending the outbox", () => {
  it("delivers the receipt of a submitted request, with its tracking code, and marks it SENT", async () => {
    sink = await startSmtpSink();
    const request = await submitOnlineRequest({
      input: onlineRequestInput(agencies.commerce),
      now: at("2026-11-30T02:00:00Z"),
    });
    const result = await sendOutbox({ config: sink.config });
    expect(result).toMatchObject({ configured: true, sent: 1, retrying: 0, failed: 0 });
    expect(sink.messages).toHaveLength(1);
    const [mail] = sink.messages;
    expect(mail.to).toEqual(["zhangsan@example.com"]);
    expect(mail.from).toBe("gongkai@example.gov.cn");
    expect(mail.subject).toBe("【三明市三元区商务局】已收到您的政府信息公开申请");
    expect(mail.text).toContain(request.trackingCode);
    const stored = await db.outboxEmail.findFirstOrThrow();
    expect(stored).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
    expect(stored.sentAt).not.toBeNull();
    expect(mail.messageId).toBe(`<${stored.id}@gongkai.outbox>`);
    // Nothing is sent twice.
    expect(await sendOutbox({ config: sink.config })).toMatchObject({ sent: 0 });
    expect(sink.messages).toHaveLength(1);
  });

  it("keeps e-mails PENDING when no mail server is configured", async () => {
    await submitOnlineRequest({ input: onlineRequestInput(agencies.commerce) });
    expect(await sendOutbox({ config: null })).toEqual({ configured: false, sent: 0, retrying: 0, failed: 0 });
    expect(await db.outboxEmail.findFirstOrThrow()).toMatchObject({ status: "PENDING", attempts: 0, lastError: null });
  });

  it("retries while the mail server is down, and delivers once it is back", async () => {
    // Take a free port, then stop the server on it: connections are refused.
    sink = await startSmtpSink();
    const { port, config } = sink;
    await sink.stop();
    sink = null;
    const request = await submitOnlineRequest({ input: onlineRequestInput(agencies.commerce) });
    const t0 = at("2026-12-01T01:00:00Z");
    const mail = await db.outboxEmail.findFirstOrThrow();
    await db.outboxEmail.update({ where: { id: mail.id }, data: { nextAttemptAt: t0 } });

    expect(await sendOutbox({ config, now: t0 })).toMatchObject({ sent: 0, retrying: 1 });
    let stored = await db.outboxEmail.findUniqueOrThrow({ where: { id: mail.id } });
    expect(stored).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(stored.lastError).toMatch(/ECONNECTION|ECONNREFUSED/);
    expect(stored.nextAttemptAt).toEqual(new Date(t0.getTime() + retryDelayMs(1)));

    // Not due yet: not tried again.
    expect(await sendOutbox({ config, now: new Date(t0.getTime() + 30_000) })).toMatchObject({ sent: 0, retrying: 0 });
    // Still down at the next attempt: the wait grows (1 min, then 5 min).
    const t1 = new Date(t0.getTime() + retryDelayMs(1));
    expect(await sendOutbox({ config, now: t1 })).toMatchObject({ retrying: 1 });
    stored = await db.outboxEmail.findUniqueOrThrow({ where: { id: mail.id } });
    expect(stored.attempts).toBe(2);
    expect(stored.nextAttemptAt).toEqual(new Date(t1.getTime() + retryDelayMs(2)));

    // The server comes back on the same port.
    sink = await startSmtpSink(port);
    expect(await sendOutbox({ config, now: stored.nextAttemptAt })).toMatchObject({ sent: 1 });
    expect(sink.messages).toHaveLength(1);
    expect(sink.messages[0].text).toContain(request.trackingCode);
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: mail.id } })).toMatchObject({
      status: "SENT",
      attempts: 3,
      lastError: null,
    });
  });

  it("gives up after the maximum attempts (FAILED); an administrator of the agency puts it back", async () => {
    sink = await startSmtpSink();
    const { port, config } = sink;
    await sink.stop();
    sink = null;
    await submitOnlineRequest({ input: onlineRequestInput(agencies.commerce) });
    let now = at("2026-12-01T01:00:00Z");
    const mail = await db.outboxEmail.findFirstOrThrow();
    await db.outboxEmail.update({ where: { id: mail.id }, data: { nextAttemptAt: now } });
    for (let attempt = 1; attempt <= 3; attempt++) {
      await sendOutbox({ config, now, maxAttempts: 3 });
      now = new Date(now.getTime() + retryDelayMs(attempt));
    }
    const failed = await db.outboxEmail.findUniqueOrThrow({ where: { id: mail.id } });
    expect(failed).toMatchObject({ status: "FAILED", attempts: 3 });
    expect(failed.lastError).toBeTruthy();
    // FAILED stays put: the sender does not try it again.
    expect(await sendOutbox({ config, now: new Date(now.getTime() + 86_400_000), maxAttempts: 3 })).toMatchObject({
      retrying: 0,
      failed: 0,
    });

    const [commerceAdmin, financeAdmin] = await Promise.all([
      principalFor(DEMO.commerceAdmin),
      principalFor(DEMO.financeAdmin),
    ]);
    expect((await fail(resendEmail({ actor: financeAdmin, emailId: mail.id })))?.code).toBe("NOT_FOUND");
    await resendEmail({ actor: commerceAdmin, emailId: mail.id, now });
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: mail.id } })).toMatchObject({
      status: "PENDING",
      attempts: 0,
    });
    expect((await fail(resendEmail({ actor: commerceAdmin, emailId: mail.id })))?.code).toBe("CONFLICT");

    sink = await startSmtpSink(port);
    expect(await sendOutbox({ config, now })).toMatchObject({ sent: 1 });
    expect(sink.messages).toHaveLength(1);
  });

  it("two senders running at once deliver each e-mail once (FOR UPDATE SKIP LOCKED)", async () => {
    sink = await startSmtpSink();
    for (let i = 0; i < 6; i++)
      await submitOnlineRequest({
        input: onlineRequestInput(agencies.commerce, {
          email: `a${i}@example.com`,
          description: `申请公开三元区商务局2017年第${i}批检查记录和处理结果。`,
        }),
      });
    const results = await Promise.all([
      sendOutbox({ config: sink.config }),
      sendOutbox({ config: sink.config }),
      sendOutbox({ config: sink.config }),
    ]);
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(6);
    expect(sink.messages).toHaveLength(6);
    expect(new Set(sink.messages.map((m) => m.to[0])).size).toBe(6);
    expect(await db.outboxEmail.count({ where: { status: "SENT" } })).toBe(6);
  });
});

describe("a burst of e-mails", () => {
  it("goes out over a few pooled connections in one run, each once, with its own stable Message-ID", async () => {
    sink = await startSmtpSink();
    await db.$transaction(async (tx) => {
      for (let i = 0; i < 40; i++)
        await enqueueEmail(tx, { to: `r${i}@example.com`, subject: `回执 ${i}`, text: `第${i}件申请已收到。` });
    });
    const result = await sendOutbox({ config: sink.config, connections: 4 });
    expect(result).toMatchObject({ sent: 40, retrying: 0, failed: 0 });
    expect(new Set(sink.messages.map((m) => m.to[0])).size).toBe(40);
    // One connection per message before; now the pool's few connections carry the whole burst.
    expect(sink.connections()).toBeLessThanOrEqual(4);
    const ids = await db.outboxEmail.findMany({ select: { id: true } });
    const messageIds = sink.messages.map((m) => /^Message-ID: (.*)$/im.exec(m.raw)?.[1]?.trim());
    expect(new Set(messageIds)).toEqual(new Set(ids.map((e) => `<${e.id}@gongkai.outbox>`)));
  });
});

describe("the outbox in the console", () => {
  let commerceAdmin: CurrentUser, financeAdmin: CurrentUser, platformAdmin: CurrentUser, commerceStaff: CurrentUser;

  beforeEach(async () => {
    [commerceAdmin, financeAdmin, platformAdmin, commerceStaff] = await Promise.all(
      [DEMO.commerceAdmin, DEMO.financeAdmin, DEMO.platformAdmin, DEMO.commerceStaff].map(principalFor),
    );
  });

  it("agency administrators see their agency's e-mails; bodies only of their own agency; the platform administrator sees all", async () => {
    await submitOnlineRequest({ input: onlineRequestInput(agencies.commerce) });
    await submitOnlineRequest({ input: onlineRequestInput(agencies.finance, { email: "lisi@example.com" }) });

    const commerce = await listOutboxForUser(commerceAdmin);
    expect(commerce.emails.map((e) => e.toAddress)).toEqual(["zhangsan@example.com"]);
    expect(commerce.emails[0].body).toContain("查询码");
    expect((await listOutboxForUser(financeAdmin)).emails.map((e) => e.toAddress)).toEqual(["lisi@example.com"]);

    const all = await listOutboxForUser(platformAdmin);
    expect(all.emails).toHaveLength(2);
    expect(all.emails.every((e) => e.body === null)).toBe(true);
    expect(await outboxCounts(platformAdmin)).toEqual({ PENDING: 2, SENT: 0, FAILED: 0 });

    expect((await listOutboxForUser(commerceStaff)).emails).toEqual([]);
    expect((await listOutboxForUser(commerceAdmin, { status: "FAILED" })).emails).toEqual([]);
  });
});

describe("mail settings from the environment", () => {
  it("reads a URL or separate variables, and says what is missing", () => {
    expect(mailSetupFromEnv({})).toEqual({ configured: false, reason: "noServer" });
    expect(mailSetupFromEnv({ GONGKAI_SMTP_HOST: "mail.local" })).toEqual({ configured: false, reason: "noSender" });
    const url = mailSetupFromEnv({ GONGKAI_SMTP_URL: "smtp://gk%40x.cn:p%40ss@mail.local:2525" });
    expect(url).toMatchObject({
      configured: true,
      config: {
        from: "gk@x.cn",
        smtp: { host: "mail.local", port: 2525, secure: false, auth: { user: "gk@x.cn", pass: "p@ss" } },
      },
    });
    const vars = mailSetupFromEnv({
      GONGKAI_SMTP_HOST: "mail.local",
      GONGKAI_SMTP_SECURE: "1",
      GONGKAI_SMTP_USER: "u",
      GONGKAI_SMTP_PASSWORD: "p",
      GONGKAI_MAIL_FROM: "政务公开 <a@b.cn>",
    });
    expect(vars).toMatchObject({
      configured: true,
      config: {
        from: "政务公开 <a@b.cn>",
        smtp: { host: "mail.local", port: 465, secure: true, auth: { user: "u", pass: "p" } },
      },
    });
    expect(mailSetupFromEnv({ GONGKAI_SMTP_URL: "http://x" })).toEqual({ configured: false, reason: "invalidUrl" });
  });
});

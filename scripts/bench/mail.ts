// Benchmark of the e-mail sender: how fast a burst of receipts leaves the outbox, pooled (today's sender) against
// one connection per message sent one after the other (the sender before), in the same run on the same machine,
// to an SMTP server that takes a little time per connection and per message as a real one does.
//   npm run bench:mail -- --database-url postgresql://postgres@127.0.0.1:5432/gongkai_bench_mail [--emails 300]
//     [--connect-ms 40] [--message-ms 15] [--connections 5]
// The database is created when missing, migrated, and its outbox emptied before each round.
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { SMTPServer } from "smtp-server";
import { applyMigrations } from "@/lib/database/apply-migrations";

const { values } = parseArgs({
  options: {
    "database-url": { type: "string", default: process.env.BENCH_DATABASE_URL },
    emails: { type: "string", default: "300" },
    "connect-ms": { type: "string", default: "40" },
    "message-ms": { type: "string", default: "15" },
    connections: { type: "string", default: "5" },
  },
});
const url = values["database-url"];
if (!url || !new URL(url).pathname.slice(1).startsWith("gongkai_bench")) {
  console.error("Give --database-url with a scratch database named gongkai_bench…, e.g. …/gongkai_bench_mail");
  process.exit(1);
}
const emails = Number(values.emails);
const connectMs = Number(values["connect-ms"]);
const messageMs = Number(values["message-ms"]);
const connections = Number(values.connections);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The database: created when missing, migrated.
const target = new URL(url);
const admin = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: "/postgres" }).toString() });
await admin.connect();
const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [target.pathname.slice(1)]);
if (!exists.rowCount) await admin.query(`CREATE DATABASE "${target.pathname.slice(1)}"`);
await admin.end();
await applyMigrations(url);
process.env.DATABASE_URL = url;
const { db } = await import("@/lib/db");
const { sendOutbox } = await import("@/lib/email/send-outbox");

// An SMTP server with the latency of a real one: the greeting after connectMs, each message after messageMs.
let delivered = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onConnect: (_session, callback) => void sleep(connectMs).then(() => callback()),
  onData(stream, _session, callback) {
    stream.on("data", () => undefined);
    stream.on("end", () =>
      sleep(messageMs).then(() => {
        delivered++;
        callback();
      }),
    );
  },
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
const port = (server.server.address() as { port: number }).port;
const config = {
  smtp: { host: "127.0.0.1", port, secure: false, ignoreTLS: true, connectionTimeout: 10_000, socketTimeout: 30_000 },
  from: "政务公开 <bench@example.gov.cn>",
};

async function round(label: string, options: { pool: boolean; connections: number }) {
  await db.$executeRawUnsafe("DELETE FROM outbox_email");
  await db.outboxEmail.createMany({
    data: Array.from({ length: emails }, (_, i) => ({
      toAddress: `r${i}@example.com`,
      subject: `政府信息公开申请回执 ${i}`,
      textBody: `您的政府信息公开申请已收到，查询码 ABCD-EFGH-JKLM-${String(i).padStart(4, "0")}。`,
    })),
  });
  delivered = 0;
  const started = process.hrtime.bigint();
  const result = await sendOutbox({ config, limit: emails, ...options });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.sent !== emails || delivered !== emails) throw new Error(`${label}: sent ${result.sent} of ${emails}`);
  const rate = emails / seconds;
  console.log(`${label.padEnd(44)} ${seconds.toFixed(2).padStart(7)} s  ${rate.toFixed(1).padStart(7)} e-mails/s`);
  return rate;
}

console.log(
  `${emails} e-mails; SMTP server: ${connectMs} ms per connection, ${messageMs} ms per message; load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
const reference = await round("reference: a connection per e-mail, in turn", { pool: false, connections: 1 });
const pooled = await round(`pooled: ${connections} connections kept open`, { pool: true, connections });
console.log(`ratio pooled / reference: ${(pooled / reference).toFixed(1)}×`);
console.log(
  `load average after: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
await db.$disconnect();
await new Promise<void>((resolve) => server.close(() => resolve()));

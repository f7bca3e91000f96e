// A real SMTP server for the tests (npm smtp-server, in-process on a random port) that keeps every message
// it receives, decoded enough to read: envelope, subject and the text body (base64 / quoted-printable).
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import type { MailConfig } from "@/lib/email/mail-config";

export type ReceivedMail = {
  from: string;
  to: string[];
  subject: string;
  text: string;
  messageId: string;
  raw: string;
};

function decodeWords(value: string) {
  // RFC 2047 encoded words, as nodemailer writes non-ASCII subjects.
  return value
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_m, enc: string, data: string) =>
      enc.toLowerCase() === "b"
        ? Buffer.from(data, "base64").toString("utf8")
        : decodeQuotedPrintable(data.replace(/_/g, " ")),
    )
    .trim();
}

function decodeQuotedPrintable(value: string) {
  const bytes = value.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => `%${hex}`);
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, "%25"));
}

export function parseMail(raw: string): Omit<ReceivedMail, "from" | "to" | "raw"> {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const body = raw.slice(split + 4);
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, "im").exec(head)?.[1] ?? "";
  const encoding = header("Content-Transfer-Encoding").toLowerCase();
  const text =
    encoding === "base64"
      ? Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8")
      : encoding === "quoted-printable"
        ? decodeQuotedPrintable(body)
        : body;
  return {
    subject: decodeWords(header("Subject")),
    text: text.replace(/\r\n/g, "\n"),
    messageId: header("Message-ID"),
  };
}

export type SmtpSink = {
  port: number;
  messages: ReceivedMail[];
  /** SMTP connections opened to the sink so far. */
  connections: () => number;
  /** Mail settings that point the sender at this sink. */
  config: MailConfig;
  stop: () => Promise<void>;
};

/** Starts a sink on `port` (0: a random free port). */
export async function startSmtpSink(port = 0): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  let connections = 0;
  const server = new SMTPServer({
    onConnect(_session, callback) {
      connections++;
      callback();
    },
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          ...parseMail(raw),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const actualPort = (server.server.address() as AddressInfo).port;
  return {
    port: actualPort,
    messages,
    connections: () => connections,
    config: {
      smtp: {
        host: "127.0.0.1",
        port: actualPort,
        secure: false,
        ignoreTLS: true,
        connectionTimeout: 5_000,
        greetingTimeout: 5_000,
        socketTimeout: 10_000,
      },
      from: "政务公开 <gongkai@example.gov.cn>",
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// The e2e run's mail server: a real SMTP server (tests/support/smtp-sink.ts) plus a tiny HTTP endpoint
// listing what it received, so a browser test can check that an e-mail arrived.
import { createServer } from "node:http";
import { startSmtpSink } from "@/tests/support/smtp-sink";

export type MailSink = { stop: () => Promise<void> };

export async function startMailSink(smtpPort: number, httpPort: number): Promise<MailSink> {
  const sink = await startSmtpSink(smtpPort);
  const http = createServer((request, response) => {
    if (request.url !== "/messages") {
      response.writeHead(404).end();
      return;
    }
    const messages = sink.messages.map(({ to, subject, text }) => ({ to, subject, text }));
    response.writeHead(200, { "Content-Type": "application/json; charset=utf-8" }).end(JSON.stringify(messages));
  });
  await new Promise<void>((resolve) => http.listen(httpPort, "127.0.0.1", resolve));
  return {
    stop: async () => {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await sink.stop();
    },
  };
}

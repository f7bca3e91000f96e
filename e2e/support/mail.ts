// E-mails the app sent during the e2e run, as the mail sink of scripts/e2e-server.ts received them.
import { expect } from "@playwright/test";

export type SentMail = { to: string[]; subject: string; text: string };

export async function sentMails(): Promise<SentMail[]> {
  const response = await fetch(`http://127.0.0.1:${process.env.E2E_MAIL_HTTP_PORT ?? 3126}/messages`);
  return (await response.json()) as SentMail[];
}

/** Waits until an e-mail to `to` that `matches` has arrived (the app sends from its outbox every second). */
export async function waitForMail(to: string, matches: (mail: SentMail) => boolean): Promise<SentMail> {
  let found: SentMail | undefined;
  await expect
    .poll(
      async () => {
        found = (await sentMails()).find((m) => m.to.includes(to) && matches(m));
        return Boolean(found);
      },
      { timeout: 30_000, message: `an e-mail to ${to}` },
    )
    .toBe(true);
  return found!;
}

// Whether the receipt may say it was e-mailed: only when the applicant gave an address AND a mail server is
// configured. Without a server the e-mail waits in the outbox unsent (lib/email/mail-config.ts), and a receipt that
// promised it would leave the applicant without the tracking code they were told to expect by mail.
import { mailSetupFromEnv } from "@/lib/email/mail-config";

export function receiptIsEmailed(applicantEmail: string, env: Record<string, string | undefined> = process.env) {
  return applicantEmail !== "" && mailSetupFromEnv(env).configured;
}

/** Whether forms may promise e-mails at all. */
export const mailIsConfigured = (env: Record<string, string | undefined> = process.env) =>
  mailSetupFromEnv(env).configured;

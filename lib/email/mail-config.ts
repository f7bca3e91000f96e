// How the app reaches its mail server, from the environment (README: Configuration). Without a server the
// e-mails wait in the outbox (status PENDING) and the console says so: nothing is lost, nothing is sent.
import type SMTPTransport from "nodemailer/lib/smtp-transport";

export type MailConfig = {
  /** nodemailer SMTP options (host, port, secure, auth, timeouts). */
  smtp: SMTPTransport.Options;
  /** The sender, e.g. `三元区政务公开 <gongkai@sanyuan.gov.cn>`. */
  from: string;
};

/** Why mail is not configured, for the console: no server at all, or a server but no sender address. */
export type MailSetup =
  | { configured: true; config: MailConfig }
  | { configured: false; reason: "noServer" | "noSender" | "invalidUrl" };

/** Retry waits after the 1st, 2nd, 3rd… failed attempt, in minutes; the last one repeats. */
export const RETRY_MINUTES = [1, 5, 15, 60, 180, 360, 720] as const;
export const DEFAULT_MAX_ATTEMPTS = 8;
export const DEFAULT_INTERVAL_SECONDS = 30;

type Env = Record<string, string | undefined>;

const truthy = (value: string | undefined) =>
  value !== undefined && ["1", "true", "yes", "on"].includes(value.trim().toLowerCase());

/** Timeouts short enough that an unreachable server does not hold up the sender loop for minutes. */
const TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 } as const;

export function mailSetupFromEnv(env: Env = process.env): MailSetup {
  let smtp: SMTPTransport.Options | null = null;
  const url = env.GONGKAI_SMTP_URL?.trim();
  if (url) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return { configured: false, reason: "invalidUrl" };
    }
    if (parsed.protocol !== "smtp:" && parsed.protocol !== "smtps:") return { configured: false, reason: "invalidUrl" };
    const secure = parsed.protocol === "smtps:";
    smtp = {
      host: parsed.hostname,
      port: parsed.port ? Number(parsed.port) : secure ? 465 : 587,
      secure,
      ...(parsed.username
        ? { auth: { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) } }
        : {}),
    };
  } else if (env.GONGKAI_SMTP_HOST?.trim()) {
    const secure = truthy(env.GONGKAI_SMTP_SECURE);
    const user = env.GONGKAI_SMTP_USER?.trim();
    smtp = {
      host: env.GONGKAI_SMTP_HOST.trim(),
      port: env.GONGKAI_SMTP_PORT ? Number(env.GONGKAI_SMTP_PORT) : secure ? 465 : 587,
      secure,
      ...(user ? { auth: { user, pass: env.GONGKAI_SMTP_PASSWORD ?? "" } } : {}),
    };
  }
  if (!smtp) return { configured: false, reason: "noServer" };
  if (!Number.isInteger(smtp.port) || (smtp.port ?? 0) <= 0) return { configured: false, reason: "invalidUrl" };
  const authUser = smtp.auth && "user" in smtp.auth ? smtp.auth.user : undefined;
  const from = env.GONGKAI_MAIL_FROM?.trim() || (authUser?.includes("@") ? authUser : "");
  if (!from) return { configured: false, reason: "noSender" };
  return { configured: true, config: { smtp: { ...TIMEOUTS, ...smtp }, from } };
}

function positiveInt(value: string | undefined, fallback: number) {
  const n = Number(value);
  return value !== undefined && value.trim() !== "" && Number.isInteger(n) && n >= 0 ? n : fallback;
}

/** Attempts before an e-mail is given up (FAILED) and shown in the console for a manual 重新发送. */
export const maxAttemptsFromEnv = (env: Env = process.env) =>
  Math.max(1, positiveInt(env.GONGKAI_MAIL_MAX_ATTEMPTS, DEFAULT_MAX_ATTEMPTS));

/** Seconds between two runs of the sender loop; 0 switches the loop off (e.g. on instances that should not send). */
export const intervalSecondsFromEnv = (env: Env = process.env) =>
  positiveInt(env.GONGKAI_MAIL_INTERVAL_SECONDS, DEFAULT_INTERVAL_SECONDS);

/** The wait before the next attempt after `attempts` failed ones. */
export function retryDelayMs(attempts: number) {
  const index = Math.min(Math.max(attempts, 1), RETRY_MINUTES.length) - 1;
  return RETRY_MINUTES[index] * 60_000;
}

/** SMTP connections each instance's sender uses at once (GONGKAI_MAIL_CONNECTIONS, default 5). */
export function connectionsFromEnv(): number {
  const value = Number(process.env.GONGKAI_MAIL_CONNECTIONS ?? 5);
  return Number.isInteger(value) && value >= 1 && value <= 50 ? value : 5;
}

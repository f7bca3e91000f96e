// The background loop of an app instance (started from instrumentation.ts): every
// GONGKAI_MAIL_INTERVAL_SECONDS it queues the day's deadline reminders and sends the due e-mails of the
// outbox. Each run is awaited before the next is scheduled, so runs never overlap within an instance;
// across instances the outbox claim (send-outbox.ts) and the reminder topic lock keep them apart.
import { sendDueReminders } from "@/lib/requests/reminders";
import { deliverWebhooks, WEBHOOK_BATCH } from "@/lib/webhooks/deliver-webhooks";
import { intervalSecondsFromEnv, mailSetupFromEnv } from "./mail-config";
import { DEFAULT_BATCH, sendOutbox } from "./send-outbox";

/** Reminders are looked for at most this often (the day's reminder is queued once anyway). */
const REMINDER_EVERY_MS = 10 * 60_000;

/**
 * One run: reminders (at most every 10 minutes), then the outbox. Errors are logged, never thrown. Returns
 * whether the run was full (more e-mails may be due right now), so the loop goes on without waiting.
 */
export async function runMailCycle(state: { lastReminderRun: number } = { lastReminderRun: 0 }): Promise<boolean> {
  if (Date.now() - state.lastReminderRun >= REMINDER_EVERY_MS) {
    try {
      const { queued } = await sendDueReminders();
      state.lastReminderRun = Date.now();
      if (queued) console.log(`[gongkai] queued ${queued} deadline reminder(s)`);
    } catch (error) {
      console.error("[gongkai] reminders failed:", error);
    }
  }
  let webhooksFull = false;
  try {
    // Integrators' webhooks ride on the same loop: one outbox schedule, one place that stops on SIGTERM.
    const webhooks = await deliverWebhooks();
    if (webhooks.sent || webhooks.retrying || webhooks.failed) {
      console.log(
        `[gongkai] webhooks: ${webhooks.sent} sent, ${webhooks.retrying} to retry, ${webhooks.failed} failed`,
      );
    }
    webhooksFull = webhooks.sent + webhooks.retrying + webhooks.failed >= WEBHOOK_BATCH;
  } catch (error) {
    console.error("[gongkai] webhook sender failed:", error);
  }
  try {
    const result = await sendOutbox();
    if (result.sent || result.retrying || result.failed) {
      console.log(`[gongkai] e-mail: ${result.sent} sent, ${result.retrying} to retry, ${result.failed} failed`);
    }
    return webhooksFull || result.sent + result.retrying + result.failed >= DEFAULT_BATCH;
  } catch (error) {
    console.error("[gongkai] e-mail sender failed:", error);
    return webhooksFull;
  }
}

type LoopHandle = { stop: () => Promise<void> };
// Shared through globalThis: the HTTP server (scripts/server.ts) stops the loop on SIGTERM, and it does not
// load this module through the same bundle as instrumentation.ts.
const globalForLoop = globalThis as unknown as { gongkaiMailLoop?: LoopHandle };

/** Starts the loop once per process; returns false when it is switched off or already running. */
export function startMailLoop() {
  const seconds = intervalSecondsFromEnv();
  if (seconds === 0 || globalForLoop.gongkaiMailLoop) return false;
  const setup = mailSetupFromEnv();
  console.log(
    setup.configured
      ? `[gongkai] e-mail sender running every ${seconds} s via ${setup.config.smtp.host}:${setup.config.smtp.port}`
      : `[gongkai] e-mail is not configured (${setup.reason}): e-mails wait in the outbox (see README: Configuration)`,
  );
  const state = { lastReminderRun: 0 };
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    if (stopped) return;
    running = runMailCycle(state).then((full) => {
      // unref: the loop never keeps a stopping process alive. A full run means a backlog: go on at once.
      if (!stopped) timer = setTimeout(tick, full ? 0 : seconds * 1000).unref();
    });
  };
  globalForLoop.gongkaiMailLoop = {
    // No new cycle starts; the one sending now finishes (an e-mail is never cut off mid-delivery).
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
  // A first run shortly after start, once the server is up.
  timer = setTimeout(tick, 5_000).unref();
  return true;
}

/** Stops this process's loop, waiting for the cycle in progress; nothing when none runs. */
export async function stopMailLoop() {
  await globalForLoop.gongkaiMailLoop?.stop();
}

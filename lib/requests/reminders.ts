// Reminders (办理提醒): once a working day, the staff member handling an open request (its assignee) gets an e-mail
// when the reply deadline is within GONGKAI_REMINDER_WORKING_DAYS working days, or has passed. Each
// reminder goes through the outbox with the topic `reminder:<requestId>:<China date>`, which is also what
// makes it idempotent: a request already reminded today is skipped (checked under an advisory lock on the
// topic, so two app instances running the loop at once still send one).
import { db } from "@/lib/db";
import { chinaToday, fromDbDate, toDbDate, type CalendarDate } from "@/lib/calendar/calendar-date";
import { loadWorkingCalendar } from "@/lib/calendar/load-working-calendar";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { clockOf } from "./clock-store";
import type { ClockResult } from "./clock/compute-clock";

export const DEFAULT_REMINDER_WORKING_DAYS = 3;

export function reminderWorkingDaysFromEnv(env: Record<string, string | undefined> = process.env) {
  const n = Number(env.GONGKAI_REMINDER_WORKING_DAYS);
  return env.GONGKAI_REMINDER_WORKING_DAYS?.trim() && Number.isInteger(n) && n >= 0 ? n : DEFAULT_REMINDER_WORKING_DAYS;
}

export const reminderTopic = (requestId: string, day: CalendarDate) => `reminder:${requestId}:${day}`;

function reminderEmail(p: {
  agencyName: string;
  trackingCode: string;
  receivedOn: CalendarDate;
  dueOn: CalendarDate;
  daysLeft: number;
  link: string | null;
}) {
  const when =
    p.daysLeft < 0
      ? `已超过答复期限（${p.dueOn}），请尽快答复`
      : p.daysLeft === 0
        ? `今天（${p.dueOn}）是答复期限的最后一天`
        : `将于 ${p.dueOn} 到期，还剩 ${p.daysLeft} 个工作日`;
  return {
    subject: `【办理提醒】政府信息公开申请 ${p.trackingCode} ${p.daysLeft < 0 ? "已逾期" : "即将到期"}`,
    text:
      `您好：\n\n您承办的${p.agencyName}政府信息公开申请（查询码 ${p.trackingCode}，收到日期 ${p.receivedOn}）${when}。` +
      `如需补正、征求意见或延期，请按《中华人民共和国政府信息公开条例》的规定及时办理并在系统中登记。` +
      (p.link ? `\n\n办理页面：${p.link}` : "") +
      `\n\n（本邮件由系统自动发送，每个工作日提醒一次，请勿直接回复。）`,
  };
}

/**
 * Queues today's reminders and returns how many were queued. `now` fixes the day (tests); the working
 * days are counted on the official calendar with the administrator's overrides.
 */
export async function sendDueReminders(options: { now?: Date; workingDays?: number } = {}) {
  const today = chinaToday(options.now);
  const workingDays = options.workingDays ?? reminderWorkingDaysFromEnv();
  const calendar = await loadWorkingCalendar();
  // Staff are reminded on working days only (not through a week of 国庆 holidays).
  if (!calendar.isWorkingDay(today)) return { queued: 0 };
  // Due on or before the day `workingDays` working days from today (overdue ones included).
  const horizon = calendar.addWorkingDays(today, workingDays).date;
  // Candidates: open ones, and paused ones (stored as of their last step; a third party silent for more than its
  // 15 working days no longer pauses the clock). The clock counted to today decides.
  const candidates = await db.infoRequest.findMany({
    where: {
      state: { in: ["OPEN", "PAUSED"] },
      dueOn: { not: null, lte: toDbDate(horizon) },
      assignee: { active: true },
    },
    select: {
      id: true,
      agencyId: true,
      trackingCode: true,
      receivedOn: true,
      state: true,
      dueOn: true,
      agency: { select: { name: true } },
      assignee: { select: { email: true } },
      events: { orderBy: [{ on: "asc" }, { createdAt: "asc" }], select: { kind: true, on: true, data: true } },
    },
  });
  const requests = candidates.flatMap((request) => {
    let clock: ClockResult;
    try {
      clock = clockOf(request.events, calendar, { asOf: today });
    } catch {
      return request.state === "OPEN" ? [request] : []; // unreadable events: the stored date of an open request
    }
    if (clock.state !== "OPEN" || !clock.dueDate || clock.dueDate > horizon) return [];
    return [{ ...request, dueOn: toDbDate(clock.dueDate) }];
  });
  if (requests.length === 0) return { queued: 0 };
  const topics = requests.map((r) => reminderTopic(r.id, today));
  const done = new Set(
    (await db.outboxEmail.findMany({ where: { topic: { in: topics } }, select: { topic: true } })).map((e) => e.topic),
  );
  const base = process.env.NEXTAUTH_URL?.replace(/\/+$/, "") ?? null;

  let queued = 0;
  for (const request of requests) {
    const topic = reminderTopic(request.id, today);
    if (done.has(topic) || !request.assignee?.email || !request.dueOn) continue;
    const dueOn = fromDbDate(request.dueOn);
    const daysLeft =
      today <= dueOn
        ? calendar.workingDaysBetween(today, dueOn)
        : -Math.max(1, calendar.workingDaysBetween(dueOn, today));
    const created = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${topic}))`;
      if (await tx.outboxEmail.findFirst({ where: { topic }, select: { id: true } })) return false;
      await enqueueEmail(tx, {
        ...reminderEmail({
          agencyName: request.agency.name,
          trackingCode: request.trackingCode,
          receivedOn: fromDbDate(request.receivedOn),
          dueOn,
          daysLeft,
          link: base ? `${base}/console/requests/${request.id}` : null,
        }),
        to: request.assignee!.email,
        topic,
        agencyId: request.agencyId,
      });
      return true;
    });
    if (created) queued++;
  }
  return { queued };
}

// 补正 online: the applicant answers a 补正 notice from the tracking page with text and files instead of a visit
// or a letter. The answer is the CORRECTION_RECEIVED step of the clock, dated the day it arrives (China time), so
// the reply period restarts exactly as when staff record a 补正 handed in at the counter (art. 30) — through the
// same appendClockEvent, in one transaction with the files and the audit row, and e-mailed to the applicant.
// The caller has already proven the applicant (tracking code + phone digits → tracking session): the request id
// comes from that session, never from the form.
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { chinaToday } from "@/lib/calendar/calendar-date";
import { loadWorkingCalendar } from "@/lib/calendar/load-working-calendar";
import type { AttachmentStorage } from "@/lib/attachments/storage";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { AppError, notFound } from "@/lib/errors/app-error";
import { fieldErrorsFromZod, zText } from "@/lib/forms/validation";
import { plainText } from "@/lib/items/render-body";
import { appendClockEvent, auditingRefusal } from "./clock-store";
import { stepEmail } from "./emails";
import { addRequestFiles, checkRequestFiles, ingestRequestFiles, type UploadedFile } from "./request-files";

export const ZOnlineCorrection = z.object({
  /** What the applicant corrects or adds (the notice said what); may be empty when files say it. */
  text: zText(5000).transform(plainText),
});

const APPLICANT = "申请人";

/** Is a 补正 notice waiting for its answer? (The latest notice came after the latest answer or lapse.) */
export function correctionPending(events: readonly { kind: string }[]): boolean {
  const kinds = events.map((e) => e.kind);
  const notice = kinds.lastIndexOf("CORRECTION_NOTICE");
  return (
    notice >= 0 && notice > Math.max(kinds.lastIndexOf("CORRECTION_RECEIVED"), kinds.lastIndexOf("CORRECTION_LAPSED"))
  );
}

/** The 补正 answers the applicant sent online, with what they wrote (for staff: the console's request page). */
export function onlineCorrections(events: readonly { id: string; kind: string; on: Date; data: unknown }[]) {
  return events.flatMap((event) => {
    const data = (event.data ?? {}) as { channel?: unknown; text?: unknown };
    if (event.kind !== "CORRECTION_RECEIVED" || data.channel !== "ONLINE") return [];
    return [{ id: event.id, on: event.on, text: typeof data.text === "string" ? data.text : "" }];
  });
}

export async function submitOnlineCorrection(options: {
  requestId: string;
  input: unknown;
  files: readonly UploadedFile[];
  clientIp?: string | null;
  now?: Date;
  storage?: AttachmentStorage;
}) {
  const request = await db.infoRequest.findUnique({
    where: { id: options.requestId },
    select: {
      id: true,
      agencyId: true,
      trackingCode: true,
      email: true,
      state: true,
      agency: { select: { name: true } },
      events: { orderBy: [{ on: "asc" }, { createdAt: "asc" }], select: { kind: true } },
    },
  });
  if (!request) throw notFound();
  if (request.state === "CLOSED" || !correctionPending(request.events))
    throw new AppError("CONFLICT", { message: "correctionNotPending" });

  const parsed = ZOnlineCorrection.safeParse(options.input);
  const fileRefusal = checkRequestFiles(options.files);
  const empty = parsed.success && parsed.data.text === "" && options.files.length === 0;
  if (!parsed.success || fileRefusal || empty) {
    throw new AppError("VALIDATION", {
      fieldErrors: {
        ...(parsed.success ? {} : fieldErrorsFromZod(parsed.error)),
        ...(empty ? { text: ["correctionEmpty"] } : {}),
        ...fileRefusal?.fieldErrors,
      },
      params: fileRefusal?.params,
    });
  }
  const { text } = parsed.data;
  const stored = await ingestRequestFiles(options.files, { storage: options.storage });
  const calendar = await loadWorkingCalendar();
  const on = chinaToday(options.now);
  const actor = { id: null, label: APPLICANT, clientIp: options.clientIp ?? null };
  const attempt = {
    actor,
    agencyId: request.agencyId,
    requestId: request.id,
    kind: "CORRECTION_RECEIVED" as const,
    on,
  };
  return auditingRefusal(attempt, () =>
    db.$transaction(async (tx) => {
      const files = await addRequestFiles(tx, request.id, "CORRECTION_MATERIAL", stored);
      const clock = await appendClockEvent(tx, calendar, {
        requestId: request.id,
        kind: "CORRECTION_RECEIVED",
        on,
        data: { channel: "ONLINE", text, fileIds: files.map((f) => f.id) },
        actorId: null,
        now: options.now,
      });
      await recordAudit(tx, {
        type: "request.correction_submitted",
        actor,
        agencyId: request.agencyId,
        entity: { type: "request", id: request.id },
        payload: { on, dueOn: clock.dueDate, files: files.length },
      });
      if (request.email) {
        await enqueueEmail(tx, {
          ...stepEmail({
            agencyName: request.agency.name,
            trackingCode: request.trackingCode,
            subject: "已收到补正材料",
            body: `我机关已于 ${on} 收到您在网上提交的补正材料${clock.dueDate ? `，将在 ${clock.dueDate} 前答复` : ""}。`,
          }),
          to: request.email,
          topic: `request:${request.id}`,
          agencyId: request.agencyId,
        });
      }
      return { on, dueOn: clock.dueDate, files };
    }),
  );
}

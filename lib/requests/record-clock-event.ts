// Staff record a step of the statutory clock (补正, consultation, extension, withdrawal…). The step is
// checked against the request's other events by the clock itself, stored, the derived deadline saved,
// the step audited and — when the applicant must know — e-mailed, all in one transaction. A step the clock
// refuses (a future date, an extension after the deadline…) is audited as request.event_refused.
import { z } from "zod";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission, type Action } from "@/lib/auth/permissions";
import { isCalendarDate, type CalendarDate } from "@/lib/calendar/calendar-date";
import { loadWorkingCalendar } from "@/lib/calendar/load-working-calendar";
import { recordAudit } from "@/lib/audit/record-audit";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { notFound } from "@/lib/errors/app-error";
import { parseInput, zRequiredText, zText } from "@/lib/forms/validation";
import type { RequestOutcome } from "@/lib/generated/prisma/enums";
import { plainText } from "@/lib/items/render-body";
import { appendClockEvent, auditingRefusal } from "./clock-store";
import { stepEmail } from "./emails";
import { findRequestForUser } from "./queries";

const zDate = z
  .string()
  .trim()
  .refine(isCalendarDate, "date")
  .transform((v) => v as CalendarDate);
/** A date that may be left blank (then the step's own date applies). */
const zOptionalDate = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), zDate.optional());

/** The steps staff record here, each with its fields, the permission it needs and what it tells the applicant. */
export const ZClockStep = z.discriminatedUnion(
  "kind",
  [
    // 补正: what to correct, and by when.
    z.object({
      kind: z.literal("CORRECTION_NOTICE"),
      on: zDate,
      applicantDeadline: zDate,
      corrections: zRequiredText(2000).transform(plainText),
    }),
    z.object({ kind: z.literal("CORRECTION_RECEIVED"), on: zDate }),
    z.object({ kind: z.literal("CORRECTION_LAPSED"), on: zDate }),
    z.object({
      kind: z.literal("CONSULTATION_STARTED"),
      on: zDate,
      party: z.enum(["THIRD_PARTY", "AGENCY"], "required"),
      with: zRequiredText(200).transform(plainText),
      /** The day the third party received the 征求意见书 (its 15 working days run from it); blank: the sending day. */
      deliveredOn: zOptionalDate,
    }),
    z.object({ kind: z.literal("CONSULTATION_ENDED"), on: zDate, party: z.enum(["THIRD_PARTY", "AGENCY"]).optional() }),
    // 延期: approved by a leader (the person recording it), with the reason the applicant is told.
    z.object({
      kind: z.literal("EXTENSION_APPROVED"),
      on: zDate,
      workingDays: z.coerce.number().int("invalid").min(1, "invalid").max(20, "invalid"),
      reason: zRequiredText(1000).transform(plainText),
    }),
    z.object({ kind: z.literal("WITHDRAWN"), on: zDate, note: zText(1000).transform(plainText).optional() }),
  ],
  { error: "required" },
);
export type TClockStep = z.infer<typeof ZClockStep>;

const PERMISSION: Record<TClockStep["kind"], Action> = {
  CORRECTION_NOTICE: "request.handle",
  CORRECTION_RECEIVED: "request.handle",
  CORRECTION_LAPSED: "request.handle",
  CONSULTATION_STARTED: "request.handle",
  CONSULTATION_ENDED: "request.handle",
  EXTENSION_APPROVED: "request.approve",
  WITHDRAWN: "request.handle",
};

/** Steps that end a request, and the annual-report row they end it in. */
const CLOSING_OUTCOME: Partial<Record<TClockStep["kind"], RequestOutcome>> = {
  CORRECTION_LAPSED: "OTHER_NO_CORRECTION",
  WITHDRAWN: "OTHER_OTHER",
};

/** Steps the applicant is told about by e-mail (and sees on the tracking page). */
/** The statutory consequence of not correcting (条例 art. 30), word for word. */
export const CORRECTION_LAPSE_WORDING = "无正当理由逾期不补正的，视为放弃申请";

function applicantMessage(
  step: TClockStep,
  dueOn: CalendarDate | null,
  correctionNoticeLate: boolean,
): { subject: string; body: string } | null {
  switch (step.kind) {
    case "CORRECTION_NOTICE":
      return {
        subject: "补正通知",
        body: `您的政府信息公开申请内容不够明确，请于 ${step.applicantDeadline} 前补正以下内容：\n${step.corrections}\n${
          // A late notice does not restart the period: the applicant is not told it does.
          correctionNoticeLate ? "" : "答复期限自我机关收到补正后的申请之日起重新计算。"
        }${CORRECTION_LAPSE_WORDING}（《中华人民共和国政府信息公开条例》第三十条）。`,
      };
    case "CORRECTION_RECEIVED":
      return {
        subject: "已收到补正材料",
        body: `我机关已于 ${step.on} 收到您补正后的申请${dueOn ? `，将在 ${dueOn} 前答复` : ""}。`,
      };
    case "CONSULTATION_STARTED":
      return {
        subject: "征求意见告知",
        body: `您申请的信息需要征求${step.party === "THIRD_PARTY" ? "第三方" : "其他机关"}意见，征求意见所需时间不计算在答复期限内（《中华人民共和国政府信息公开条例》第三十三条）。`,
      };
    case "EXTENSION_APPROVED":
      return {
        subject: "延期答复告知",
        body: `因${step.reason}，经政府信息公开工作机构负责人同意，答复期限延长${step.workingDays}个工作日${dueOn ? `，将在 ${dueOn} 前答复` : ""}（《中华人民共和国政府信息公开条例》第三十三条）。`,
      };
    case "CORRECTION_LAPSED":
      return {
        subject: "申请终止告知",
        body: `您未在补正期限内补正申请内容。${CORRECTION_LAPSE_WORDING}，我机关不再处理该政府信息公开申请（《中华人民共和国政府信息公开条例》第三十条）。`,
      };
    default:
      return null;
  }
}

export async function recordClockEvent(options: {
  actor: CurrentUser;
  requestId: string;
  input: unknown;
  /** "Today" is taken from this moment (China time); tests inject it. */
  now?: Date;
}) {
  const { actor, requestId } = options;
  const request = await findRequestForUser(actor, requestId);
  if (!request) throw notFound();
  const step = parseInput(ZClockStep, options.input);
  requirePermission(actor, PERMISSION[step.kind], request.agencyId);
  const { kind, on, ...data } = step;
  const calendar = await loadWorkingCalendar();

  const attempt = {
    actor: { id: actor.id, label: actor.name },
    agencyId: request.agencyId,
    requestId: request.id,
    kind,
    on,
  };
  return auditingRefusal(attempt, () =>
    db.$transaction(async (tx) => {
      const outcome = CLOSING_OUTCOME[kind];
      const clock = await appendClockEvent(
        tx,
        calendar,
        { requestId: request.id, kind, on, data, actorId: actor.id, now: options.now },
        outcome ? { outcome, concludedOn: on } : undefined,
      );
      await recordAudit(tx, {
        type: "request.event_recorded",
        actor: { id: actor.id, label: actor.name },
        agencyId: request.agencyId,
        entity: { type: "request", id: request.id },
        payload: { kind, on, dueOn: clock.dueDate },
      });
      const message = applicantMessage(step, clock.dueDate, clock.correctionNoticeLate);
      if (message && request.email) {
        await enqueueEmail(tx, {
          ...stepEmail({ agencyName: request.agency.name, trackingCode: request.trackingCode, ...message }),
          to: request.email,
          topic: `request:${request.id}`,
          agencyId: request.agencyId,
        });
      }
      return clock;
    }),
  );
}

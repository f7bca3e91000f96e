// 收费通知: staff tell the applicant the 信息处理费 (国办函〔2020〕109号) and by when to pay. A notice uses exactly
// one method — per request (按件, the applicant's n-th request to this agency in the calendar month) or per
// page (按量, the pages given) — never both. The FEE_NOTICE clock event pauses the clock until payment.
import { z } from "zod";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { addMonths, fromDbDate, toDbDate, type CalendarDate } from "@/lib/calendar/calendar-date";
import { loadWorkingCalendar } from "@/lib/calendar/load-working-calendar";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { AppError, notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { appendClockEvent, auditingRefusal } from "../clock-store";
import { stepEmail } from "../emails";
import { findRequestForUser } from "../queries";
import { zCalendarDate } from "../replies/schemas";
import { suggestFee, type FeeSuggestion } from "./processing-fee";

const zCount = (min: number) => z.coerce.number("invalid").int("invalid").min(min, "invalid").max(100_000, "invalid");
const blank = z.union([z.literal(""), z.undefined(), z.null()]);

const common = {
  noticedOn: zCalendarDate,
  /** The day the applicant received the notice (the 20 working days to pay run from the next day); blank: noticedOn. */
  receivedOn: z.preprocess((v) => (v === "" || v === null ? undefined : v), zCalendarDate.optional()),
  paymentDeadline: zCalendarDate,
  amountYuan: z.preprocess((v) => (v === "" || v === null ? undefined : v), zCount(1).optional()),
};

/** One method per notice: a per-request notice carrying pages is refused, so the two can never be mixed. */
export const ZFeeNotice = z.discriminatedUnion(
  "method",
  [
    z.object({ method: z.literal("PER_REQUEST"), pages: blank.optional(), ...common }),
    z.object({ method: z.literal("PER_PAGE"), pages: zCount(1), ...common }),
  ],
  { error: "required" },
);

type FeeRequest = { id: string; agencyId: string; idNumber: string; receivedOn: Date; createdAt: Date };

/** The first day of the calendar month of `date`. */
const monthStart = (date: CalendarDate) => `${date.slice(0, 8)}01` as CalendarDate;

/**
 * 按件: how many requests the same applicant (same ID number) made to this agency in the calendar month of this
 * request's receipt, up to and including this one (in order of receipt date, then of registration).
 */
export async function nthRequestInMonth(request: FeeRequest): Promise<number> {
  const received = fromDbDate(request.receivedOn);
  return db.infoRequest.count({
    where: {
      agencyId: request.agencyId,
      idNumber: request.idNumber,
      receivedOn: { gte: toDbDate(monthStart(received)), lt: toDbDate(addMonths(monthStart(received), 1)) },
      OR: [
        { receivedOn: { lt: request.receivedOn } },
        { receivedOn: request.receivedOn, createdAt: { lte: request.createdAt } },
      ],
    },
  });
}

/** Both computations, for the page to show side by side (the agency chooses one). */
export async function feeSuggestions(
  request: FeeRequest,
  pages?: number | null,
): Promise<{ perRequest: FeeSuggestion & { nthInMonth: number }; perPage: FeeSuggestion | null }> {
  const nthInMonth = await nthRequestInMonth(request);
  return {
    perRequest: { ...suggestFee({ method: "PER_REQUEST", nthInMonth }), nthInMonth },
    perPage: pages && pages > 0 ? suggestFee({ method: "PER_PAGE", pages }) : null,
  };
}

export async function sendFeeNotice(options: { actor: CurrentUser; requestId: string; input: unknown; now?: Date }) {
  const { actor } = options;
  const request = await findRequestForUser(actor, options.requestId);
  if (!request) throw notFound();
  requirePermission(actor, "request.handle", request.agencyId);
  const input = parseInput(ZFeeNotice, options.input);
  // The clock checks the dates: within the reply period, not in the future, at least 20 working days to pay.
  const nthInMonth = input.method === "PER_REQUEST" ? await nthRequestInMonth(request) : null;
  const suggestion =
    input.method === "PER_REQUEST"
      ? suggestFee({ method: "PER_REQUEST", nthInMonth: nthInMonth! })
      : suggestFee({ method: "PER_PAGE", pages: input.pages });
  // Nothing may be charged within the free allowance, and never more than the scale.
  if (suggestion.amountYuan === 0) throw new AppError("CONFLICT", { message: "replies.feeNotChargeable" });
  const amountYuan = input.amountYuan ?? suggestion.amountYuan;
  if (amountYuan > suggestion.amountYuan)
    throw new AppError("VALIDATION", { fieldErrors: { amountYuan: ["invalid"] } });
  const calendar = await loadWorkingCalendar();

  const attempt = {
    actor: { id: actor.id, label: actor.name },
    agencyId: request.agencyId,
    requestId: request.id,
    kind: "FEE_NOTICE" as const,
    on: input.noticedOn,
  };
  return auditingRefusal(attempt, () =>
    db.$transaction(async (tx) => {
      const data = {
        paymentDeadline: input.paymentDeadline,
        method: input.method,
        amountYuan,
        ...(input.receivedOn ? { receivedOn: input.receivedOn } : {}),
      };
      await appendClockEvent(tx, calendar, {
        requestId: request.id,
        kind: "FEE_NOTICE",
        on: input.noticedOn,
        data,
        actorId: actor.id,
        now: options.now,
        fields: { on: "noticedOn" },
      });
      const notice = await tx.feeNotice.create({
        data: {
          requestId: request.id,
          method: input.method,
          amountYuan,
          pages: input.method === "PER_PAGE" ? input.pages : null,
          nthInMonth: input.method === "PER_REQUEST" ? nthInMonth : null,
          noticedOn: toDbDate(input.noticedOn),
          paymentDeadline: toDbDate(input.paymentDeadline),
        },
      });
      await recordAudit(tx, {
        type: "request.fee_noticed",
        actor: { id: actor.id, label: actor.name },
        agencyId: request.agencyId,
        entity: { type: "request", id: request.id },
        payload: { method: input.method, amountYuan, paymentDeadline: input.paymentDeadline },
      });
      if (request.email) {
        const basis =
          input.method === "PER_REQUEST" ? `按件计收（本月第${nthInMonth}件申请）` : `按量计收（共${input.pages}页）`;
        const body = `根据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），您的申请需缴纳信息处理费${amountYuan}元，${basis}。请于 ${input.paymentDeadline} 前缴纳。缴费期间不计算在答复期限内；逾期未缴纳的，本机关不再处理该政府信息公开申请。`;
        await enqueueEmail(tx, {
          ...stepEmail({
            agencyName: request.agency.name,
            trackingCode: request.trackingCode,
            subject: "信息处理费收费通知",
            body,
          }),
          to: request.email,
          topic: `request:${request.id}`,
          agencyId: request.agencyId,
        });
      }
      return notice;
    }),
  );
}

// 送达: staff send an approved reply. The REPLIED clock event is appended exactly as every clock step is
// (appendClockEvent), the request ends with the reply's outcome, the reply is
// SENT, audited, and the applicant is e-mailed the letter — all in one transaction.
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { toDbDate } from "@/lib/calendar/calendar-date";
import { loadWorkingCalendar } from "@/lib/calendar/load-working-calendar";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { RELEASING_OUTCOMES } from "../vocabulary";
import { appendClockEvent, auditingRefusal } from "../clock-store";
import { stepEmail } from "../emails";
import { replyTitle } from "./legal-grounds";
import { letterParagraphs } from "./letter";
import { requireReply } from "./queries";
import { ZReplySend } from "./schemas";
import { REPLY_TRANSITIONS } from "./workflow";

export async function sendReply(options: {
  actor: CurrentUser;
  requestId: string;
  replyId: string;
  input: unknown;
  now?: Date;
}) {
  const { actor } = options;
  const { request, reply } = await requireReply(actor, options.requestId, options.replyId);
  const rule = REPLY_TRANSITIONS.send;
  requirePermission(actor, rule.action, request.agencyId);
  if (!rule.from.includes(reply.status)) throw new AppError("CONFLICT", { message: "replies.replyStateChanged" });
  const { sentOn } = parseInput(ZReplySend, options.input);
  const released = reply.files.filter((f) => f.kind === "RELEASED");
  // Only a release by files needs files; paper copies and "already public" are told in the letter.
  if (reply.delivery === "FILES" && released.length === 0)
    throw new AppError("CONFLICT", { message: "replies.releasedFileRequired" });
  if (!RELEASING_OUTCOMES.includes(reply.outcome) && released.length > 0)
    throw new AppError("CONFLICT", { message: "replies.releasedFilesNotReleasing" });
  if (reply.delivery !== "FILES" && released.length > 0)
    throw new AppError("CONFLICT", { message: "replies.releasedFilesNotFilesDelivery" });
  const calendar = await loadWorkingCalendar();

  // The clock refuses a date after today or before the last step, next to 送达日期, and the refusal is audited
  // (request.event_refused) like every clock step's.
  const attempt = {
    actor: { id: actor.id, label: actor.name },
    agencyId: request.agencyId,
    requestId: request.id,
    kind: "REPLIED" as const,
    on: sentOn,
  };
  return auditingRefusal(attempt, () =>
    db.$transaction(async (tx) => {
      const clock = await appendClockEvent(
        tx,
        calendar,
        {
          requestId: request.id,
          kind: "REPLIED",
          on: sentOn,
          data: { replyId: reply.id, outcome: reply.outcome },
          actorId: actor.id,
          now: options.now,
          fields: { on: "sentOn" },
        },
        { outcome: reply.outcome, concludedOn: sentOn },
      );
      const { count } = await tx.requestReply.updateMany({
        where: { id: reply.id, status: { in: [...rule.from] } },
        data: { status: rule.to, sentOn: toDbDate(sentOn) },
      });
      if (count === 0) throw new AppError("CONFLICT", { message: "replies.replyStateChanged" });
      await recordAudit(tx, {
        type: "request.reply_sent",
        actor: { id: actor.id, label: actor.name },
        agencyId: request.agencyId,
        entity: { type: "request", id: request.id },
        payload: { outcome: reply.outcome, sentOn },
      });
      if (request.email) {
        const documents = released.length
          ? `本机关提供的政府信息文件（${released.map((f) => f.fileName).join("、")}）可在政府信息公开申请查询页面下载。`
          : "";
        const body = [
          `${request.agency.name}对您的政府信息公开申请作出如下答复${reply.letterNumber ? `（${reply.letterNumber}）` : ""}：`,
          "",
          ...letterParagraphs(reply.letterHtml).flatMap((p) => [p, ""]),
          `您可以凭查询码在政府信息公开申请查询页面查看本答复，并下载答复书（PDF）。${documents}`,
        ].join("\n");
        await enqueueEmail(tx, {
          ...stepEmail({
            agencyName: request.agency.name,
            trackingCode: request.trackingCode,
            subject: replyTitle(reply.outcome),
            body,
          }),
          to: request.email,
          topic: `request:${request.id}`,
          agencyId: request.agencyId,
        });
      }
      return { clock, sentOn };
    }),
  );
}

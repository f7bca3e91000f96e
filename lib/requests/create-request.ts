// Shared by the two ways a request arrives (online, or registered by staff): store it with its RECEIVED
// event, derive the clock, point out a similar earlier request, audit it and e-mail the receipt.
import type { Tx } from "@/lib/db";
import { toDbDate, type CalendarDate } from "@/lib/calendar/calendar-date";
import type { WorkingCalendar } from "@/lib/calendar/working-calendar";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import type { ReceiptBasis, RequestChannel } from "@/lib/generated/prisma/enums";
import { chinaToday } from "@/lib/calendar/calendar-date";
import { clockWith, saveClock } from "./clock-store";
import { receiptEmail } from "./emails";
import type { TOnlineRequest } from "./schemas";
import { findSimilarRequest } from "./similar-requests";
import { generateTrackingCode } from "./tracking-code";

type Arrival = {
  applicant: Omit<TOnlineRequest, "agencyId">;
  agencyId: string;
  channel: RequestChannel;
  receiptBasis: ReceiptBasis;
  receivedOn: CalendarDate;
  registeredById: string | null;
  actor: AuditActor;
  /** "Today" is taken from this moment (China time): a receipt date after it is refused. Tests inject it. */
  now?: Date;
};

export async function createRequest(tx: Tx, arrival: Arrival, calendar: WorkingCalendar) {
  // The clock's own rules first (a receipt date after today is refused, on the receivedOn field).
  const clock = clockWith([], { kind: "RECEIVED", on: toDbDate(arrival.receivedOn), data: {} }, calendar, {
    today: chinaToday(arrival.now),
    fields: { on: "receivedOn" },
  });
  const agency = await tx.agency.findUniqueOrThrow({ where: { id: arrival.agencyId }, select: { name: true } });
  const similar = await findSimilarRequest(tx, {
    agencyId: arrival.agencyId,
    idNumber: arrival.applicant.idNumber,
    description: arrival.applicant.description,
  });
  const request = await tx.infoRequest.create({
    data: {
      ...arrival.applicant,
      agencyId: arrival.agencyId,
      trackingCode: generateTrackingCode(),
      channel: arrival.channel,
      receiptBasis: arrival.receiptBasis,
      receivedOn: toDbDate(arrival.receivedOn),
      registeredById: arrival.registeredById,
      similarToId: similar?.id ?? null,
      events: { create: { kind: "RECEIVED", on: toDbDate(arrival.receivedOn), actorId: arrival.registeredById } },
    },
  });
  await saveClock(tx, request.id, clock);
  await recordAudit(tx, {
    type: arrival.registeredById ? "request.registered" : "request.submitted",
    actor: arrival.actor,
    agencyId: arrival.agencyId,
    entity: { type: "request", id: request.id },
    payload: {
      trackingCode: request.trackingCode,
      channel: arrival.channel,
      receivedOn: arrival.receivedOn,
      receiptBasis: arrival.receiptBasis,
    },
  });
  if (request.email) {
    await enqueueEmail(tx, {
      ...receiptEmail({
        agencyName: agency.name,
        trackingCode: request.trackingCode,
        receivedOn: arrival.receivedOn,
        dueOn: clock.dueDate,
        provisional: clock.provisional,
      }),
      to: request.email,
      topic: `request:${request.id}`,
      agencyId: arrival.agencyId,
    });
  }
  return { ...request, dueOn: clock.dueDate, dueProvisional: clock.provisional };
}

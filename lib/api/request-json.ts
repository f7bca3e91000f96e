// How requests look in the JSON API: explicit projections (never a raw database row), calendar dates as
// "YYYY-MM-DD", instants as ISO 8601. The public projection carries nothing the tracking page does not show.
import { chinaToday, fromDbDate } from "@/lib/calendar/calendar-date";
import type { WorkingCalendar } from "@/lib/calendar/working-calendar";
import { clockOf } from "@/lib/requests/clock-store";
import { isOverdue, workingDaysLeft } from "@/lib/requests/clock/compute-clock";
import type { findRequestForTracking, RequestForUser } from "@/lib/requests/queries";

const day = (d: Date | null | undefined) => (d ? fromDbDate(d) : null);
const instant = (d: Date | null | undefined) => (d ? d.toISOString() : null);

type Tracked = NonNullable<Awaited<ReturnType<typeof findRequestForTracking>>>;

/** What the applicant is told of an event: the 补正 request and an extension's reason, nothing internal. */
function publicEventData(kind: string, data: unknown): Record<string, unknown> {
  const d = (data ?? {}) as Record<string, unknown>;
  if (kind === "CORRECTION_NOTICE")
    return { applicantDeadline: d.applicantDeadline ?? null, corrections: d.corrections ?? null };
  if (kind === "EXTENSION_APPROVED") return { workingDays: d.workingDays ?? null, reason: d.reason ?? null };
  if (kind === "FEE_NOTICE") return { paymentDeadline: d.paymentDeadline ?? null };
  return {};
}

export function trackedRequestJson(r: Tracked) {
  return {
    trackingCode: r.trackingCode,
    agency: { name: r.agency.name, phone: r.agency.phone, address: r.agency.address },
    channel: r.channel,
    state: r.state,
    description: r.description,
    submittedAt: instant(r.submittedAt),
    receivedOn: day(r.receivedOn),
    dueOn: day(r.dueOn),
    dueProvisional: r.dueProvisional,
    outcome: r.outcome,
    concludedOn: day(r.concludedOn),
    events: r.events.map((e) => ({ kind: e.kind, on: day(e.on), ...publicEventData(e.kind, e.data) })),
    replies: r.replies.map((reply) => ({
      id: reply.id,
      outcome: reply.outcome,
      sentOn: day(reply.sentOn),
      letterNumber: reply.letterNumber,
      letterHtml: reply.letterHtml,
      files: reply.files.map((f) => ({ id: f.id, kind: f.kind, fileName: f.fileName, size: f.size })),
    })),
    fees: r.fees.map((f) => ({
      method: f.method,
      amountYuan: f.amountYuan,
      paymentDeadline: day(f.paymentDeadline),
      paidOn: day(f.paidOn),
    })),
  };
}

type ListRow = {
  id: string;
  trackingCode: string;
  state: string;
  channel: string;
  applicantName: string;
  description: string;
  receivedOn: Date;
  dueOn: Date | null;
  dueProvisional: boolean;
  correctionNoticeLate: boolean;
  outcome: string | null;
  concludedOn: Date | null;
  createdAt: Date;
  agency: { id: string; shortName: string };
  assignee: { id: string; name: string } | null;
};

export function requestListItemJson(r: ListRow) {
  return {
    id: r.id,
    trackingCode: r.trackingCode,
    agency: { id: r.agency.id, shortName: r.agency.shortName },
    state: r.state,
    channel: r.channel,
    applicantName: r.applicantName,
    description: r.description,
    receivedOn: day(r.receivedOn),
    dueOn: day(r.dueOn),
    dueProvisional: r.dueProvisional,
    correctionNoticeLate: r.correctionNoticeLate,
    outcome: r.outcome,
    concludedOn: day(r.concludedOn),
    assignee: r.assignee,
    createdAt: instant(r.createdAt),
  };
}

/** The clock as derived from the stored events, with today's standing (working days left, overdue). */
export function clockJson(events: RequestForUser["events"], calendar: WorkingCalendar, now = new Date()) {
  const today = chinaToday(now);
  // Counted up to today: an open consultation's days so far, and a third party's 15 working days at most.
  const clock = clockOf(events, calendar, { asOf: today });
  return {
    state: clock.state,
    dueOn: clock.dueDate,
    dueProvisional: clock.provisional,
    workingDaysLeft: workingDaysLeft(clock, today, calendar),
    overdue: isOverdue(clock, today),
    extensionDaysUsed: clock.extensionDaysUsed,
    pausedWorkingDays: clock.pausedWorkingDays,
    correctionNoticeLate: clock.correctionNoticeLate,
    oldRegulation: clock.oldRegulation,
    thirdPartyDue: clock.thirdPartyDue ?? null,
    /** A third party's 15 working days passed unanswered: the clock runs again and the agency may decide. */
    thirdPartyMayDecide: clock.thirdPartyMayDecide,
    agencyOpinionDue: clock.agencyOpinionDue ?? null,
    steps: clock.steps.map((s) => ({ event: s.event, on: s.on, dueAfter: s.dueAfter, note: s.note })),
  };
}

export function consoleRequestJson(r: RequestForUser, calendar: WorkingCalendar, now = new Date()) {
  return {
    id: r.id,
    trackingCode: r.trackingCode,
    agency: r.agency,
    channel: r.channel,
    receiptBasis: r.receiptBasis,
    state: r.state,
    outcome: r.outcome,
    receivedOn: day(r.receivedOn),
    dueOn: day(r.dueOn),
    dueProvisional: r.dueProvisional,
    correctionNoticeLate: r.correctionNoticeLate,
    concludedOn: day(r.concludedOn),
    submittedAt: instant(r.submittedAt),
    applicant: {
      type: r.applicantType,
      name: r.applicantName,
      contactPerson: r.contactPerson,
      idType: r.idType,
      idNumber: r.idNumber,
      phone: r.phone,
      email: r.email,
      address: r.address,
      postcode: r.postcode,
    },
    description: r.description,
    documentHint: r.documentHint,
    purpose: r.purpose,
    form: r.form,
    delivery: r.delivery,
    assignee: r.assignee,
    similarToId: r.similarToId,
    clock: clockJson(r.events, calendar, now),
    events: r.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      on: day(e.on),
      data: e.data,
      public: e.public,
      actor: e.actor?.name ?? null,
      createdAt: instant(e.createdAt),
    })),
    notes: r.notes.map((n) => ({ id: n.id, body: n.body, author: n.author.name, createdAt: instant(n.createdAt) })),
    files: r.files.map((f) => ({
      id: f.id,
      kind: f.kind,
      replyId: f.replyId,
      fileName: f.fileName,
      contentType: f.contentType,
      size: f.size,
      sha256: f.sha256,
      createdAt: instant(f.createdAt),
    })),
    replies: r.replies.map((p) => ({
      id: p.id,
      status: p.status,
      outcome: p.outcome,
      legalGround: p.legalGround,
      letterMarkdown: p.letterMarkdown,
      letterNumber: p.letterNumber,
      delivery: p.delivery,
      deliveryDetail: p.deliveryDetail,
      notHeldVariant: p.notHeldVariant,
      otherAgencyName: p.otherAgencyName,
      otherAgencyContact: p.otherAgencyContact,
      drafter: p.drafter,
      submittedAt: instant(p.submittedAt),
      approvedAt: instant(p.approvedAt),
      returnComment: p.returnComment,
      sentOn: day(p.sentOn),
      createdAt: instant(p.createdAt),
    })),
    fees: r.fees.map((f) => ({
      id: f.id,
      method: f.method,
      amountYuan: f.amountYuan,
      pages: f.pages,
      noticedOn: day(f.noticedOn),
      paymentDeadline: day(f.paymentDeadline),
      paidOn: day(f.paidOn),
      lapsedOn: day(f.lapsedOn),
    })),
    appeals: r.appeals.map((a) => ({
      id: a.id,
      kind: a.kind,
      filedOn: day(a.filedOn),
      body: a.body,
      result: a.result,
      concludedOn: day(a.concludedOn),
      note: a.note,
    })),
  };
}

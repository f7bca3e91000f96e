// The statutory clock of an information request (依申请公开, 条例 art. 30–35), derived from the request's
// stored events so anyone can see how the reply deadline (答复期限) was reached, step by step.
//
// Counting (DOMAIN §5): the receipt date (art. 31) is day 0 and day 1 is the next working day, so a request
// received on a holiday or a weekend starts counting on the first working day after it.
//
// Days not counted (art. 33 ¶3 consultations, the fee notice of 国办函〔2020〕109号): a pause from day S to
// day E takes the working days after S up to and including E out of the count: S itself was a day the agency
// worked on the request, and E is the day the clock runs again (as a corrected request's arrival is day 0).
// The reply deadline moves later by those working days. Pauses that overlap count once (their union).
// An unanswered third party (art. 32) is excluded for at most its 15 working days from the day it received the
// 征求意见书: after that the clock runs again, closed or not, and the agency may decide (依法作出决定).
//
// What cannot be bent (issue 18): no event after today; an extension, a 补正 notice or a fee notice only while
// the period runs; a 补正 notice after working day 7 never restarts the period (flagged 补正告知超期); an
// extension before a timely 补正 does not carry over to the restarted period; the applicant gets at least
// N working days to correct and 20 to pay; the old 条例 (received before 2019-05-15) gives 15 + 15 days.
import {
  addMonths,
  compareDates,
  fromDayNumber,
  isCalendarDate,
  toDayNumber,
  type CalendarDate,
} from "@/lib/calendar/calendar-date";
import type { WorkingCalendar } from "@/lib/calendar/working-calendar";
import { ClockSequenceError, type ClockErrorCode } from "./clock-error";
import { CLOCK_RULES, type ClockRules } from "./clock-rules";

/** 《政府信息公开条例》 (国务院令第492号) took effect on 1 May 2008: no request under it is older. */
export const FIRST_REGULATION_IN_FORCE = "2008-05-01" as CalendarDate;

/** 征求意见: a third party (art. 32) or another agency that co-produced the information (art. 34). */
export type ConsultationParty = "THIRD_PARTY" | "AGENCY";

export type ClockEvent =
  /** 收到申请: the art. 31 receipt date, day 0. */
  | { kind: "RECEIVED"; on: CalendarDate }
  /** 补正 correction notice (art. 30), one per request; the reply clock stops until the correction arrives. */
  | { kind: "CORRECTION_NOTICE"; on: CalendarDate; applicantDeadline?: CalendarDate }
  /** The corrected request arrived: the full reply time limit runs again from this day (day 0). */
  | { kind: "CORRECTION_RECEIVED"; on: CalendarDate }
  /** No correction in time: the request ends (其他处理 row 1). */
  | { kind: "CORRECTION_LAPSED"; on: CalendarDate }
  /**
   * A consultation begins. `ref` tells overlapping consultations apart when several with the same party
   * are open at once (e.g. two third parties); the matching CONSULTATION_ENDED carries the same ref.
   */
  | {
      kind: "CONSULTATION_STARTED";
      on: CalendarDate;
      party: ConsultationParty;
      ref?: string;
      /** The day the third party received the 征求意见书 (its 15 working days run from it); default `on`. */
      deliveredOn?: CalendarDate;
    }
  /** Ends the one open consultation that matches `ref` and `party` (either may be left out when unambiguous). */
  | { kind: "CONSULTATION_ENDED"; on: CalendarDate; party?: ConsultationParty; ref?: string }
  /** 收费通知 (国办函〔2020〕109号), with the date by which the applicant must pay. */
  | {
      kind: "FEE_NOTICE";
      on: CalendarDate;
      paymentDeadline: CalendarDate;
      /** The day the applicant received the notice (the 20 working days run from the next day); default `on`. */
      receivedOn?: CalendarDate;
    }
  | { kind: "FEE_PAID"; on: CalendarDate }
  /** Not paid by the deadline: the request ends (其他处理 row 2). */
  | { kind: "FEE_LAPSED"; on: CalendarDate }
  /** 延长答复期限, approved by the head of the disclosure office (art. 33 ¶2). */
  | { kind: "EXTENSION_APPROVED"; on: CalendarDate; workingDays: number }
  | { kind: "REPLIED"; on: CalendarDate }
  /** 申请人撤回申请 (其他处理 row 3 其他). */
  | { kind: "WITHDRAWN"; on: CalendarDate };

export type ClockEventKind = ClockEvent["kind"];

/**
 * OPEN: the clock runs. PAUSED: a consultation or a fee notice is open and the days do not count.
 * WAITING_FOR_APPLICANT: a 补正 notice is out; there is no deadline until the correction arrives.
 * CLOSED: replied, withdrawn or lapsed.
 */
export type ClockState = "OPEN" | "WAITING_FOR_APPLICANT" | "PAUSED" | "CLOSED";

/** Message keys of the explanation (messages/*.json → clock.*); params are dates "YYYY-MM-DD" and day counts. */
export const CLOCK_MESSAGE_KEYS = [
  "clock.received", // { received, firstDay, days, due }
  "clock.receivedOldRegulation", // same params: received before 2019-05-15, the old 条例's 15 days
  "clock.correctionNotice", // { date, daysAfterReceipt, limit, applicantDeadline? }
  "clock.correctionNoticeLate", // same params + due: sent after the 7-working-day limit, the period does not restart
  "clock.correctionReceived", // { date, firstDay, days, due }
  "clock.correctionReceivedNoRestart", // { date, due }: after a late notice the original deadline stands
  "clock.correctionLapsed", // { date, applicantDeadline? }
  "clock.thirdPartyConsultation", // { date, deliveredOn, answerDays, answerDue, due }
  "clock.agencyConsultation", // { date, answerDays, answerDue, due }
  "clock.consultationEnded", // { date, started, party, days, added, due }: `added` < `days` when it overlapped another pause
  "clock.consultationEndedCapped", // same + answerDue: the third party answered late, only its 15 days are excluded
  "clock.feeNotice", // { date, paymentDeadline, due }: the clock stops
  "clock.feeNoticeClockRuns", // { date, paymentDeadline, due }: when the rules do not pause the clock
  "clock.feePaid", // { date, noticed, days, added, due }
  "clock.feeLapsed", // { date, paymentDeadline }
  "clock.extension", // { date, days, total, max, due }
  "clock.replied", // { date, due }
  "clock.repliedLate", // { date, due, daysLate }
  "clock.repliedNoDeadline", // { date }: replied while waiting for a correction
  "clock.withdrawn", // { date }
] as const;
export type ClockMessageKey = (typeof CLOCK_MESSAGE_KEYS)[number];

export type ClockNote = { key: ClockMessageKey; params: Record<string, string | number> };

export type ClockStep = {
  event: ClockEventKind;
  on: CalendarDate;
  note: ClockNote;
  /** The reply deadline as it stands after this event; null while waiting for a correction. */
  dueAfter: CalendarDate | null;
};

export type ClockClosure = "REPLIED" | "WITHDRAWN" | "CORRECTION_LAPSED" | "FEE_LAPSED";

export type ClockResult = {
  state: ClockState;
  /**
   * The reply deadline; null while waiting for the applicant's correction (and when the request ended
   * during that wait). While PAUSED it counts the open pause up to `countedTo` and moves later by each
   * further working day the pause lasts. When CLOSED, the deadline that applied when the request ended.
   */
  dueDate: CalendarDate | null;
  /** Some date used or produced lies in a year whose official calendar is not known yet (weekends only). */
  provisional: boolean;
  steps: ClockStep[];
  /**
   * 补正告知超期: the 补正 notice went out later than 7 working days after receipt (art. 30). It is recorded but
   * did not restart the period.
   */
  correctionNoticeLate: boolean;
  /** Received before 2019-05-15: the old 条例's 15 working days and at most 15 more. */
  oldRegulation: boolean;
  /**
   * A third party's 15 working days (art. 32) have passed without the consultation being closed: the clock runs
   * again and the agency may now decide (依法作出决定).
   */
  thirdPartyMayDecide: boolean;
  /** The third party's answer is due (art. 32, 15 working days): the latest third-party consultation. */
  thirdPartyDue?: CalendarDate;
  /** Another agency's opinion is due (art. 34, 15 working days): the latest agency consultation. */
  agencyOpinionDue?: CalendarDate;
  /** Set once replied: whether the reply came after the deadline. */
  repliedLate?: boolean;
  extensionDaysUsed: number;
  /** Working days not counted (union of consultations and fee notices) since the clock last (re)started. */
  pausedWorkingDays: number;
  /** The date of the last event: the clock has been counted up to this day. */
  countedTo: CalendarDate;
  closedBy?: ClockClosure;
};

/** An open consultation; `until` is the last excluded day of a third party's (its 15th working day). */
type OpenPause = { from: CalendarDate; party: ConsultationParty; ref?: string; until?: CalendarDate };

export type ClockOptions = {
  /** Today in China: an event (or a date it carries) after it is refused (IN_FUTURE). */
  today?: CalendarDate;
  /** Count open pauses up to this day (default: the last event's date; never before it). */
  asOf?: CalendarDate;
};

const minDate = (a: CalendarDate, b: CalendarDate) => (compareDates(a, b) <= 0 ? a : b);

const PARTIES: readonly ConsultationParty[] = ["THIRD_PARTY", "AGENCY"];

/**
 * Derives the reply clock from a request's events, in the order they happened (dates never decrease).
 * Throws a ClockSequenceError naming the first event that cannot follow the ones before it.
 */
export function computeClock(
  events: readonly ClockEvent[],
  calendar: WorkingCalendar,
  rules: ClockRules = CLOCK_RULES,
  options: ClockOptions = {},
): ClockResult {
  if (events.length === 0) throw new ClockSequenceError("NO_EVENTS", -1, "a clock needs at least the RECEIVED event");

  let provisional = false;
  const mark = (date: CalendarDate) => {
    if (calendar.isProvisional(date)) provisional = true;
    return date;
  };
  const add = (date: CalendarDate, n: number) => {
    const result = calendar.addWorkingDays(date, n);
    if (result.provisional) provisional = true;
    return result.date;
  };

  let received: CalendarDate | null = null;
  /** The time limits of the 条例 the request falls under (set at RECEIVED). */
  let replyDays = rules.replyWorkingDays;
  let maxExtension = rules.maxExtensionWorkingDays;
  let oldRegulation = false;
  /** A 补正 notice is out and not yet answered (correction received or lapsed); timely or not. */
  let correctionPending = false;
  /** Day 0 of the running count: the receipt, or the corrected request's arrival. */
  let base: CalendarDate | null = null;
  let waitingForCorrection = false;
  let applicantDeadline: CalendarDate | undefined;
  let correctionNoticed = false;
  let correctionNoticeLate = false;
  const consultations: OpenPause[] = [];
  let fee: { from: CalendarDate; paymentDeadline: CalendarDate } | null = null;
  let feeNoticed = false;
  /** Day numbers of working days taken out of the count by pauses that have ended. */
  let excluded = new Set<number>();
  let extensionDays = 0;
  let thirdPartyDue: CalendarDate | undefined;
  let agencyOpinionDue: CalendarDate | undefined;
  let repliedLate: boolean | undefined;
  let closedBy: ClockClosure | undefined;
  let last: CalendarDate | null = null;
  const steps: ClockStep[] = [];

  /** Working days after `from` up to and including `to`, as day numbers. */
  const workingDaysIn = (from: CalendarDate, to: CalendarDate): number[] => {
    const days: number[] = [];
    for (let day = toDayNumber(from) + 1; day <= toDayNumber(to); day++)
      if (calendar.isWorkingDay(fromDayNumber(day))) days.push(day);
    return days;
  };
  /** Open pauses as [from, last day they can exclude]. */
  const openPauses = (): [CalendarDate, CalendarDate | undefined][] => [
    ...consultations.map((c): [CalendarDate, CalendarDate | undefined] => [c.from, c.until]),
    ...(fee && rules.feeNoticePausesClock ? [[fee.from, undefined] as [CalendarDate, undefined]] : []),
  ];
  /** Open pauses still stopping the clock on `asOf` (a third party's stops after its 15th working day). */
  const activePauses = (asOf: CalendarDate) =>
    openPauses().filter(([, until]) => until === undefined || compareDates(asOf, until) <= 0);
  /** The working days not counted, with open pauses counted up to `asOf` (a third party's at most to its cap). */
  const pausedDays = (asOf: CalendarDate): Set<number> => {
    const all = new Set(excluded);
    for (const [from, until] of openPauses())
      for (const day of workingDaysIn(from, until ? minDate(asOf, until) : asOf)) all.add(day);
    return all;
  };
  /** The reply deadline with everything known on `asOf`. */
  const dueOn = (asOf: CalendarDate): CalendarDate | null => {
    if (base === null || waitingForCorrection) return null;
    return add(base, replyDays + extensionDays + pausedDays(asOf).size);
  };
  /** Ends a pause that began on `from`: its working days up to `to` leave the count. Returns [lasted, newly added]. */
  const endPause = (from: CalendarDate, to: CalendarDate): [number, number] => {
    const days = workingDaysIn(from, to);
    const before = excluded.size;
    for (const day of days) excluded.add(day);
    return [days.length, excluded.size - before];
  };
  const checkDate = (value: unknown, index: number, field: string): CalendarDate => {
    if (!isCalendarDate(value))
      throw new ClockSequenceError(
        "INVALID_DATE",
        index,
        `${field} is not a YYYY-MM-DD date: ${JSON.stringify(value)}`,
        {
          field,
        },
      );
    return mark(value);
  };
  /** A date that records something that happened (never one after today). */
  const checkPast = (value: unknown, index: number, field: string): CalendarDate => {
    const date = checkDate(value, index, field);
    if (options.today && compareDates(date, options.today) > 0)
      throw new ClockSequenceError("IN_FUTURE", index, `${field} ${date} is after today (${options.today})`, {
        field,
        params: { today: options.today },
      });
    return date;
  };

  for (let index = 0; index < events.length; index++) {
    const event = events[index];
    const on = checkPast(event.on, index, "on");
    const fail = (
      code: ClockErrorCode,
      detail: string,
      extra: { field?: string; params?: Record<string, string | number> } = {},
    ): never => {
      throw new ClockSequenceError(code, index, `${event.kind} on ${on}: ${detail}`, extra);
    };
    /** Refuses a step that must happen while the reply period still runs (on or before the current deadline). */
    const requireWithinPeriod = (code: ClockErrorCode) => {
      const due = dueOn(on);
      if (due !== null && compareDates(on, due) > 0)
        fail(code, `the reply period ended on ${due}`, { params: { due } });
    };
    if (index === 0 && event.kind !== "RECEIVED")
      fail("NOT_RECEIVED_FIRST", "the first event must be RECEIVED (the receipt date starts the clock)");
    if (last !== null && compareDates(on, last) < 0)
      fail("OUT_OF_ORDER", `it is dated before the previous event (${last})`);
    if (closedBy) fail("AFTER_CLOSED", `the request already ended (${closedBy})`);
    last = on;

    // Events that need the clock running, not stopped for a correction.
    const requireNotWaiting = () => {
      if (waitingForCorrection)
        fail(
          "WAITING_FOR_CORRECTION",
          "a 补正 notice is out; only the correction, its lapse, a reply or a withdrawal can follow",
        );
    };
    const step = (note: ClockNote, dueAfter: CalendarDate | null) =>
      steps.push({ event: event.kind, on, note, dueAfter });

    switch (event.kind) {
      case "RECEIVED": {
        if (index !== 0) fail("RECEIVED_TWICE", "a request is received once");
        // No request under the 条例 can predate it: a typo of the year, not a record.
        if (compareDates(on, FIRST_REGULATION_IN_FORCE) < 0)
          fail("BEFORE_FIRST_REGULATION", `the 条例 took effect on ${FIRST_REGULATION_IN_FORCE}`, {
            params: { date: FIRST_REGULATION_IN_FORCE },
          });
        received = base = on;
        oldRegulation = compareDates(on, rules.oldRegulation.receivedBefore) < 0;
        if (oldRegulation) {
          replyDays = rules.oldRegulation.replyWorkingDays;
          maxExtension = rules.oldRegulation.maxExtensionWorkingDays;
        }
        const due = dueOn(on)!;
        step(
          {
            key: oldRegulation ? "clock.receivedOldRegulation" : "clock.received",
            params: { received: on, firstDay: mark(calendar.nextWorkingDay(on)), days: replyDays, due },
          },
          due,
        );
        continue;
      }
      case "CORRECTION_NOTICE": {
        if (correctionNoticed) fail("CORRECTION_NOTICE_REPEATED", "the law allows one single 补正 notice (一次性告知)");
        if (consultations.length || fee)
          fail("CORRECTION_NOTICE_WHILE_PAUSED", "a consultation or a fee notice is still open");
        const deadline =
          event.applicantDeadline === undefined
            ? undefined
            : checkDate(event.applicantDeadline, index, "applicantDeadline");
        if (deadline && compareDates(deadline, on) < 0)
          fail("APPLICANT_DEADLINE_BEFORE_NOTICE", `the applicant's deadline ${deadline} is before the notice`, {
            field: "applicantDeadline",
          });
        if (deadline && compareDates(deadline, addMonths(on, 12)) > 0)
          fail("DEADLINE_TOO_FAR", `${deadline} is more than a year after the notice`, {
            field: "applicantDeadline",
            params: { latest: addMonths(on, 12) },
          });
        if (deadline && calendar.workingDaysBetween(on, deadline) < rules.correctionMinWorkingDays) {
          const earliest = add(on, rules.correctionMinWorkingDays);
          fail("APPLICANT_DEADLINE_TOO_SHORT", `the applicant must have until ${earliest} at least`, {
            field: "applicantDeadline",
            params: { min: rules.correctionMinWorkingDays, earliest },
          });
        }
        requireWithinPeriod("CORRECTION_NOTICE_AFTER_DUE");
        const daysAfterReceipt = calendar.workingDaysBetween(received!, on);
        // The old 条例 set no day limit for the notice (its art. 21 only asked to tell the applicant).
        const late = !oldRegulation && daysAfterReceipt > rules.correctionNoticeWorkingDays;
        correctionNoticed = true;
        correctionNoticeLate = late;
        correctionPending = true;
        // A late notice is recorded, but the clock keeps running on the original deadline.
        waitingForCorrection = !late;
        applicantDeadline = deadline;
        const due = late ? dueOn(on) : null;
        step(
          {
            key: late ? "clock.correctionNoticeLate" : "clock.correctionNotice",
            params: {
              date: on,
              daysAfterReceipt,
              limit: rules.correctionNoticeWorkingDays,
              ...(deadline ? { applicantDeadline: deadline } : {}),
              ...(due ? { due } : {}),
            },
          },
          due,
        );
        continue;
      }
      case "CORRECTION_RECEIVED": {
        if (!correctionPending) fail("NO_CORRECTION_PENDING", "no 补正 notice is waiting for an answer");
        correctionPending = false;
        if (!waitingForCorrection) {
          // After a late notice the original deadline stands: the correction does not reset the clock.
          const due = dueOn(on)!;
          step({ key: "clock.correctionReceivedNoRestart", params: { date: on, due } }, due);
          continue;
        }
        waitingForCorrection = false;
        // The full time limit runs again from this day: earlier pauses are behind the new day 0, and an
        // extension granted before the 补正 does not carry over to the restarted period.
        base = on;
        excluded = new Set();
        extensionDays = 0;
        const due = dueOn(on)!;
        step(
          {
            key: "clock.correctionReceived",
            params: { date: on, firstDay: mark(calendar.nextWorkingDay(on)), days: replyDays, due },
          },
          due,
        );
        continue;
      }
      case "CORRECTION_LAPSED": {
        if (!correctionPending) fail("NO_CORRECTION_PENDING", "no 补正 notice is waiting for an answer");
        if (applicantDeadline && compareDates(on, applicantDeadline) <= 0)
          fail("CORRECTION_LAPSED_EARLY", `the applicant has until ${applicantDeadline}`);
        closedBy = "CORRECTION_LAPSED";
        correctionPending = false;
        step(
          { key: "clock.correctionLapsed", params: { date: on, ...(applicantDeadline ? { applicantDeadline } : {}) } },
          dueOn(on),
        );
        continue;
      }
      case "CONSULTATION_STARTED": {
        requireNotWaiting();
        if (!PARTIES.includes(event.party))
          fail("CONSULTATION_PARTY_INVALID", `party must be THIRD_PARTY or AGENCY, got ${JSON.stringify(event.party)}`);
        const third = event.party === "THIRD_PARTY";
        const deliveredOn =
          third && event.deliveredOn !== undefined ? checkPast(event.deliveredOn, index, "deliveredOn") : on;
        if (compareDates(deliveredOn, on) < 0)
          fail("DELIVERED_BEFORE_SENT", `the third party cannot receive it (${deliveredOn}) before it was sent`, {
            field: "deliveredOn",
          });
        const answerDays = third ? rules.thirdPartyWorkingDays : rules.agencyOpinionWorkingDays;
        const answerDue = add(deliveredOn, answerDays);
        // A third party's silence excludes at most its 15 working days; another agency's consultation lasts as it lasts.
        consultations.push({
          from: on,
          party: event.party,
          ...(event.ref !== undefined ? { ref: event.ref } : {}),
          ...(third ? { until: answerDue } : {}),
        });
        if (third) thirdPartyDue = answerDue;
        else agencyOpinionDue = answerDue;
        const due = dueOn(on);
        step(
          third
            ? {
                key: "clock.thirdPartyConsultation",
                params: { date: on, deliveredOn, answerDays, answerDue, due: due! },
              }
            : { key: "clock.agencyConsultation", params: { date: on, answerDays, answerDue, due: due! } },
          due,
        );
        continue;
      }
      case "CONSULTATION_ENDED": {
        const matches = consultations.filter(
          (c) =>
            (event.ref === undefined || c.ref === event.ref) && (event.party === undefined || c.party === event.party),
        );
        if (matches.length === 0) fail("CONSULTATION_NOT_STARTED", "no open consultation matches it");
        if (matches.length > 1)
          fail("CONSULTATION_AMBIGUOUS", `${matches.length} open consultations match it; give the party or the ref`);
        const [match] = matches;
        consultations.splice(consultations.indexOf(match), 1);
        const capped = match.until !== undefined && compareDates(on, match.until) > 0;
        const [days, added] = endPause(match.from, capped ? match.until! : on);
        const due = dueOn(on);
        const params = { date: on, started: match.from, party: match.party, days, added, due: due! };
        step(
          capped
            ? { key: "clock.consultationEndedCapped", params: { ...params, answerDue: match.until! } }
            : { key: "clock.consultationEnded", params },
          due,
        );
        continue;
      }
      case "FEE_NOTICE": {
        requireNotWaiting();
        if (feeNoticed) fail("FEE_NOTICE_REPEATED", "a request carries one fee notice");
        const paymentDeadline = checkDate(event.paymentDeadline, index, "paymentDeadline");
        if (compareDates(paymentDeadline, on) < 0)
          fail("PAYMENT_DEADLINE_BEFORE_NOTICE", `the payment deadline ${paymentDeadline} is before the notice`, {
            field: "paymentDeadline",
          });
        if (compareDates(paymentDeadline, addMonths(on, 12)) > 0)
          fail("DEADLINE_TOO_FAR", `${paymentDeadline} is more than a year after the notice`, {
            field: "paymentDeadline",
            params: { latest: addMonths(on, 12) },
          });
        const noticeReceived = event.receivedOn === undefined ? on : checkPast(event.receivedOn, index, "receivedOn");
        if (compareDates(noticeReceived, on) < 0)
          fail("DELIVERED_BEFORE_SENT", `the applicant cannot receive it (${noticeReceived}) before it was sent`, {
            field: "receivedOn",
          });
        if (calendar.workingDaysBetween(noticeReceived, paymentDeadline) < rules.feePaymentWorkingDays) {
          const earliest = add(noticeReceived, rules.feePaymentWorkingDays);
          fail("PAYMENT_DEADLINE_TOO_SHORT", `the applicant must have until ${earliest} at least to pay`, {
            field: "paymentDeadline",
            params: { min: rules.feePaymentWorkingDays, earliest },
          });
        }
        requireWithinPeriod("FEE_NOTICE_AFTER_DUE");
        feeNoticed = true;
        fee = { from: on, paymentDeadline };
        const due = dueOn(on);
        step(
          {
            key: rules.feeNoticePausesClock ? "clock.feeNotice" : "clock.feeNoticeClockRuns",
            params: { date: on, paymentDeadline, due: due! },
          },
          due,
        );
        continue;
      }
      case "FEE_PAID": {
        if (!fee) fail("NO_FEE_PENDING", "no fee notice is waiting for payment");
        const { from } = fee!;
        fee = null;
        const [days, added] = rules.feeNoticePausesClock ? endPause(from, on) : [0, 0];
        const due = dueOn(on);
        step({ key: "clock.feePaid", params: { date: on, noticed: from, days, added, due: due! } }, due);
        continue;
      }
      case "FEE_LAPSED": {
        if (!fee) fail("NO_FEE_PENDING", "no fee notice is waiting for payment");
        const { paymentDeadline } = fee!;
        if (compareDates(on, paymentDeadline) <= 0)
          fail("FEE_LAPSED_EARLY", `the applicant has until ${paymentDeadline} to pay`);
        const due = dueOn(on);
        fee = null;
        closedBy = "FEE_LAPSED";
        step({ key: "clock.feeLapsed", params: { date: on, paymentDeadline } }, due);
        continue;
      }
      case "EXTENSION_APPROVED": {
        requireNotWaiting();
        const days = event.workingDays;
        if (!Number.isSafeInteger(days) || days < 1 || days > maxExtension) {
          fail("EXTENSION_DAYS_INVALID", `an extension is 1 to ${maxExtension} working days, got ${days}`, {
            field: "workingDays",
            params: { max: maxExtension },
          });
        }
        if (extensionDays + days > maxExtension) {
          fail(
            "EXTENSION_LIMIT_EXCEEDED",
            `${extensionDays} + ${days} working days exceed the ${maxExtension} allowed in total`,
            { field: "workingDays", params: { max: maxExtension, used: extensionDays } },
          );
        }
        // Only while the period runs: an extension after the deadline cannot make a late reply timely.
        requireWithinPeriod("EXTENSION_AFTER_DUE");
        extensionDays += days;
        const due = dueOn(on);
        step(
          { key: "clock.extension", params: { date: on, days, total: extensionDays, max: maxExtension, due: due! } },
          due,
        );
        continue;
      }
      case "REPLIED": {
        const due = dueOn(on);
        closedBy = "REPLIED";
        if (due === null) {
          repliedLate = false;
          step({ key: "clock.repliedNoDeadline", params: { date: on } }, null);
        } else {
          repliedLate = compareDates(on, due) > 0;
          const params: Record<string, string | number> = { date: on, due };
          if (repliedLate) params.daysLate = Math.max(1, calendar.workingDaysBetween(due, on)); // ≥ 1 even on a weekend
          step({ key: repliedLate ? "clock.repliedLate" : "clock.replied", params }, due);
        }
        continue;
      }
      case "WITHDRAWN": {
        const due = dueOn(on);
        closedBy = "WITHDRAWN";
        step({ key: "clock.withdrawn", params: { date: on } }, due);
        continue;
      }
      default: {
        const unknown: never = event;
        throw new ClockSequenceError(
          "UNKNOWN_EVENT",
          index,
          `unknown event kind ${JSON.stringify((unknown as { kind: unknown }).kind)}`,
        );
      }
    }
  }

  const lastEvent = last!;
  const countedTo =
    options.asOf && !closedBy && compareDates(options.asOf, lastEvent) > 0 ? mark(options.asOf) : lastEvent;
  const thirdPartyMayDecide =
    !closedBy && consultations.some((c) => c.until !== undefined && compareDates(countedTo, c.until) > 0);
  const state: ClockState = closedBy
    ? "CLOSED"
    : waitingForCorrection
      ? "WAITING_FOR_APPLICANT"
      : activePauses(countedTo).length > 0
        ? "PAUSED"
        : "OPEN";
  const dueDate = countedTo === lastEvent ? steps[steps.length - 1].dueAfter : dueOn(countedTo);
  return {
    state,
    dueDate,
    provisional,
    steps,
    correctionNoticeLate,
    oldRegulation,
    thirdPartyMayDecide,
    ...(thirdPartyDue ? { thirdPartyDue } : {}),
    ...(agencyOpinionDue ? { agencyOpinionDue } : {}),
    ...(repliedLate !== undefined ? { repliedLate } : {}),
    extensionDaysUsed: extensionDays,
    pausedWorkingDays: waitingForCorrection || base === null ? 0 : pausedDays(countedTo).size,
    countedTo,
    ...(closedBy ? { closedBy } : {}),
  };
}

/** The day the clock stands on at `asOf`: while PAUSED it stopped at the last event. */
function clockDay(result: ClockResult, asOf: CalendarDate): CalendarDate {
  return result.state === "PAUSED" && compareDates(asOf, result.countedTo) > 0 ? result.countedTo : asOf;
}

/**
 * Working days left until the reply deadline on `asOf` (0 on the due date itself); negative when overdue,
 * and at least −1 once the due date has passed, even on a weekend. Null when there is no running deadline:
 * waiting for a correction, or the request ended. While PAUSED the count stays where the pause began.
 */
export function workingDaysLeft(result: ClockResult, asOf: CalendarDate, calendar: WorkingCalendar): number | null {
  if (result.dueDate === null || result.state === "CLOSED" || result.state === "WAITING_FOR_APPLICANT") return null;
  const day = clockDay(result, asOf);
  if (compareDates(day, result.dueDate) <= 0) return calendar.workingDaysBetween(day, result.dueDate);
  return -Math.max(1, calendar.workingDaysBetween(result.dueDate, day));
}

/** The deadline has passed on `asOf` without a reply (never for a closed request or one waiting for a correction). */
export function isOverdue(result: ClockResult, asOf: CalendarDate): boolean {
  if (result.dueDate === null || result.state === "CLOSED" || result.state === "WAITING_FOR_APPLICANT") return false;
  return compareDates(clockDay(result, asOf), result.dueDate) > 0;
}

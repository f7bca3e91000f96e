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
import {
  compareDates,
  fromDayNumber,
  isCalendarDate,
  toDayNumber,
  type CalendarDate,
} from "@/lib/calendar/calendar-date";
import type { WorkingCalendar } from "@/lib/calendar/working-calendar";
import { ClockSequenceError, type ClockErrorCode } from "./clock-error";
import { DEFAULT_CLOCK_RULES, type ClockRules } from "./clock-rules";

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
  | { kind: "CONSULTATION_STARTED"; on: CalendarDate; party: ConsultationParty; ref?: string }
  /** Ends the one open consultation that matches `ref` and `party` (either may be left out when unambiguous). */
  | { kind: "CONSULTATION_ENDED"; on: CalendarDate; party?: ConsultationParty; ref?: string }
  /** 收费通知 (国办函〔2020〕109号), with the date by which the applicant must pay. */
  | { kind: "FEE_NOTICE"; on: CalendarDate; paymentDeadline: CalendarDate }
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
  "clock.correctionNotice", // { date, daysAfterReceipt, limit, applicantDeadline? }
  "clock.correctionNoticeLate", // same params: sent after the 7-working-day limit
  "clock.correctionReceived", // { date, firstDay, days, extensionDays, due }
  "clock.correctionLapsed", // { date, applicantDeadline? }
  "clock.thirdPartyConsultation", // { date, answerDays, answerDue, due }
  "clock.agencyConsultation", // { date, answerDays, answerDue, due }
  "clock.consultationEnded", // { date, started, party, days, added, due }: `added` < `days` when it overlapped another pause
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
  /** The 补正 notice went out later than 7 working days after receipt (art. 30): a warning, not an error. */
  correctionNoticeLate: boolean;
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

type OpenPause = { from: CalendarDate; party: ConsultationParty; ref?: string };

const PARTIES: readonly ConsultationParty[] = ["THIRD_PARTY", "AGENCY"];

/**
 * Derives the reply clock from a request's events, in the order they happened (dates never decrease).
 * Throws a ClockSequenceError naming the first event that cannot follow the ones before it.
 */
export function computeClock(
  events: readonly ClockEvent[],
  calendar: WorkingCalendar,
  rules: ClockRules = DEFAULT_CLOCK_RULES,
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
  const openPauses = (): CalendarDate[] => [
    ...consultations.map((c) => c.from),
    ...(fee && rules.feeNoticePausesClock ? [fee.from] : []),
  ];
  /** The working days not counted, with open pauses counted up to `asOf`. */
  const pausedDays = (asOf: CalendarDate): Set<number> => {
    const all = new Set(excluded);
    for (const from of openPauses()) for (const day of workingDaysIn(from, asOf)) all.add(day);
    return all;
  };
  /** The reply deadline with everything known on `asOf`. */
  const dueOn = (asOf: CalendarDate): CalendarDate | null => {
    if (base === null || waitingForCorrection) return null;
    return add(base, rules.replyWorkingDays + extensionDays + pausedDays(asOf).size);
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
      );
    return mark(value);
  };

  for (let index = 0; index < events.length; index++) {
    const event = events[index];
    const on = checkDate(event.on, index, "on");
    const fail = (code: ClockErrorCode, detail: string): never => {
      throw new ClockSequenceError(code, index, `${event.kind} on ${on}: ${detail}`);
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
        received = base = on;
        const due = dueOn(on)!;
        step(
          {
            key: "clock.received",
            params: { received: on, firstDay: mark(calendar.nextWorkingDay(on)), days: rules.replyWorkingDays, due },
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
          fail("APPLICANT_DEADLINE_BEFORE_NOTICE", `the applicant's deadline ${deadline} is before the notice`);
        const daysAfterReceipt = calendar.workingDaysBetween(received!, on);
        const late = daysAfterReceipt > rules.correctionNoticeWorkingDays;
        correctionNoticed = true;
        correctionNoticeLate = late;
        waitingForCorrection = true;
        applicantDeadline = deadline;
        step(
          {
            key: late ? "clock.correctionNoticeLate" : "clock.correctionNotice",
            params: {
              date: on,
              daysAfterReceipt,
              limit: rules.correctionNoticeWorkingDays,
              ...(deadline ? { applicantDeadline: deadline } : {}),
            },
          },
          null,
        );
        continue;
      }
      case "CORRECTION_RECEIVED": {
        if (!waitingForCorrection) fail("NO_CORRECTION_PENDING", "no 补正 notice is waiting for an answer");
        waitingForCorrection = false;
        // The full time limit runs again from this day: earlier pauses are behind the new day 0.
        base = on;
        excluded = new Set();
        const due = dueOn(on)!;
        step(
          {
            key: "clock.correctionReceived",
            params: {
              date: on,
              firstDay: mark(calendar.nextWorkingDay(on)),
              days: rules.replyWorkingDays,
              extensionDays,
              due,
            },
          },
          due,
        );
        continue;
      }
      case "CORRECTION_LAPSED": {
        if (!waitingForCorrection) fail("NO_CORRECTION_PENDING", "no 补正 notice is waiting for an answer");
        if (applicantDeadline && compareDates(on, applicantDeadline) <= 0)
          fail("CORRECTION_LAPSED_EARLY", `the applicant has until ${applicantDeadline}`);
        closedBy = "CORRECTION_LAPSED";
        step(
          { key: "clock.correctionLapsed", params: { date: on, ...(applicantDeadline ? { applicantDeadline } : {}) } },
          null,
        );
        continue;
      }
      case "CONSULTATION_STARTED": {
        requireNotWaiting();
        if (!PARTIES.includes(event.party))
          fail("CONSULTATION_PARTY_INVALID", `party must be THIRD_PARTY or AGENCY, got ${JSON.stringify(event.party)}`);
        consultations.push({ from: on, party: event.party, ...(event.ref !== undefined ? { ref: event.ref } : {}) });
        const third = event.party === "THIRD_PARTY";
        const answerDays = third ? rules.thirdPartyWorkingDays : rules.agencyOpinionWorkingDays;
        const answerDue = add(on, answerDays);
        if (third) thirdPartyDue = answerDue;
        else agencyOpinionDue = answerDue;
        const due = dueOn(on);
        step(
          {
            key: third ? "clock.thirdPartyConsultation" : "clock.agencyConsultation",
            params: { date: on, answerDays, answerDue, due: due! },
          },
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
        const [days, added] = endPause(match.from, on);
        const due = dueOn(on);
        step(
          {
            key: "clock.consultationEnded",
            params: { date: on, started: match.from, party: match.party, days, added, due: due! },
          },
          due,
        );
        continue;
      }
      case "FEE_NOTICE": {
        requireNotWaiting();
        if (feeNoticed) fail("FEE_NOTICE_REPEATED", "a request carries one fee notice");
        const paymentDeadline = checkDate(event.paymentDeadline, index, "paymentDeadline");
        if (compareDates(paymentDeadline, on) < 0)
          fail("PAYMENT_DEADLINE_BEFORE_NOTICE", `the payment deadline ${paymentDeadline} is before the notice`);
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
        if (!Number.isSafeInteger(days) || days < 1 || days > rules.maxExtensionWorkingDays) {
          fail(
            "EXTENSION_DAYS_INVALID",
            `an extension is 1 to ${rules.maxExtensionWorkingDays} working days, got ${days}`,
          );
        }
        if (extensionDays + days > rules.maxExtensionWorkingDays) {
          fail(
            "EXTENSION_LIMIT_EXCEEDED",
            `${extensionDays} + ${days} working days exceed the ${rules.maxExtensionWorkingDays} allowed in total`,
          );
        }
        extensionDays += days;
        const due = dueOn(on);
        step(
          {
            key: "clock.extension",
            params: { date: on, days, total: extensionDays, max: rules.maxExtensionWorkingDays, due: due! },
          },
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

  const countedTo = last!;
  const state: ClockState = closedBy
    ? "CLOSED"
    : waitingForCorrection
      ? "WAITING_FOR_APPLICANT"
      : openPauses().length > 0
        ? "PAUSED"
        : "OPEN";
  return {
    state,
    dueDate: steps[steps.length - 1].dueAfter,
    provisional,
    steps,
    correctionNoticeLate,
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

// The reply clock on real dates. Every expected date was counted by hand on a wall calendar with the
// State Council's holiday notices (放假 · and 调休 * days as in chinese-days); the count is written above
// each case as "day n" per working day after day 0. Nothing here is computed with the code under test.
import { describe, expect, it } from "vitest";
import type { CalendarDate } from "@/lib/calendar/calendar-date";
import { officialCalendar } from "@/lib/calendar/working-calendar";
import { ClockSequenceError, type ClockErrorCode } from "./clock-error";
import { clockRulesFromEnv, DEFAULT_CLOCK_RULES } from "./clock-rules";
import {
  computeClock,
  isOverdue,
  workingDaysLeft,
  type ClockEvent,
  type ClockResult,
  type ClockState,
} from "./compute-clock";

const calendar = officialCalendar;
const received = (on: CalendarDate): ClockEvent => ({ kind: "RECEIVED", on });

type Case = {
  name: string;
  events: ClockEvent[];
  state: ClockState;
  due: CalendarDate | null;
  /** Other fields of the result to check (provisional is false unless stated). */
  also?: Partial<ClockResult>;
};

const cases: Case[] = [
  // ── ordinary receipts ──────────────────────────────────────────────────────────────────────────────
  // Received before 2019-05-15: the old 条例 (art. 24) gives 15 working days.
  // Mon 7 May 2018: 8–11 May (4), 14–18 (9), 21–25 (14), Mon 28 May (15)
  {
    name: "weekday receipt, ordinary month (2018, old 条例: 15 days)",
    events: [received("2018-05-07")],
    state: "OPEN",
    due: "2018-05-28",
    also: { oldRegulation: true },
  },
  // Sat 4 Mar 2017 → counting starts Monday: 6–10 Mar (5), 13–17 (10), 20–24 (15)
  {
    name: "received on a Saturday (2017, old 条例)",
    events: [received("2017-03-04")],
    state: "OPEN",
    due: "2017-03-24",
  },
  // Sun 4 Mar 2018: 5–9 Mar (5), 12–16 (10), 19–23 (15)
  { name: "received on a Sunday (2018, old 条例)", events: [received("2018-03-04")], state: "OPEN", due: "2018-03-23" },
  // Sat 28 Jan 2017, 春节 (27 Jan–2 Feb off): Fri 3 Feb (1), Sat 4 Feb* (2), 6–10 (7), 13–17 (12), 20–22 (15)
  {
    name: "received on 2017-01-28 during 春节 (old 条例)",
    events: [received("2017-01-28")],
    state: "OPEN",
    due: "2017-02-22",
  },
  // The last day of the old 条例 and the first of the new one (the revised 条例 took effect Wed 15 May 2019):
  // Tue 14 May 2019: 15–17 (3), 20–24 (8), 27–31 (13), 3, 4 Jun (15)
  {
    name: "received 2019-05-14: old 条例, 15 days",
    events: [received("2019-05-14")],
    state: "OPEN",
    due: "2019-06-04",
  },
  // Wed 15 May 2019: 16, 17 (2), 20–24 (7), 27–31 (12), 3–6 Jun (16), [Fri 7 Jun 端午], 10–13 (20)
  {
    name: "received 2019-05-15: new 条例, 20 days",
    events: [received("2019-05-15")],
    state: "OPEN",
    due: "2019-06-13",
  },
  // Tue 1 Oct 2019, 国庆 (1–7 Oct off): 8–11 Oct (4), Sat 12* (5), 14–18 (10), 21–25 (15), 28–31 (19), Fri 1 Nov (20)
  { name: "received on 2019-10-01 (国庆)", events: [received("2019-10-01")], state: "OPEN", due: "2019-11-01" },
  // Sun 29 Sep 2019* is a working day and is day 0 itself: Mon 30 Sep (1), 8–11 Oct (5), Sat 12* (6), 14–18 (11),
  // 21–25 (16), 28–31 (20)
  {
    name: "received on the 调休 Sunday 2019-09-29",
    events: [received("2019-09-29")],
    state: "OPEN",
    due: "2019-10-31",
  },
  // Sat 7 Oct 2023*: Sun 8* (1), 9–13 (6), 16–20 (11), 23–27 (16), 30, 31 (18), 1, 2 Nov (20)
  {
    name: "received on the 调休 Saturday 2023-10-07",
    events: [received("2023-10-07")],
    state: "OPEN",
    due: "2023-11-02",
  },
  // Sat 14 Feb 2026*: 春节 15–23 Feb off; 24–27 Feb (4), Sat 28* (5), 2–6 Mar (10), 9–13 (15), 16–20 (20)
  {
    name: "received on the 调休 Saturday 2026-02-14",
    events: [received("2026-02-14")],
    state: "OPEN",
    due: "2026-03-20",
  },

  // ── across Spring Festival ─────────────────────────────────────────────────────────────────────────
  // Fri 9 Feb 2018 (old 条例, 15 days): Sun 11* (1), 12–14 (4), [15–21 off], 22, 23 (6), Sat 24* (7), 26–28 (10),
  // 1, 2 Mar (12), 5–7 (15)
  { name: "spanning 春节 2018 (old 条例)", events: [received("2018-02-09")], state: "OPEN", due: "2018-03-07" },
  // Mon 20 Jan 2020: 21–23 (3), [24 Jan–2 Feb off], 3–7 Feb (8), 10–14 (13), 17–21 (18), 24, 25 (20)
  { name: "spanning 春节 2020", events: [received("2020-01-20")], state: "OPEN", due: "2020-02-25" },
  // Mon 5 Feb 2024: 6–9 (4), [10–17 off], Sun 18* (5), 19–23 (10), 26–29 (14), Fri 1 Mar (15), 4–8 (20)
  { name: "spanning 春节 2024", events: [received("2024-02-05")], state: "OPEN", due: "2024-03-08" },
  // Tue 10 Feb 2026: 11–13 (3), Sat 14* (4), [15–23 off], 24–27 (8), Sat 28* (9), 2–6 Mar (14), 9–13 (19), Mon 16 (20)
  { name: "spanning 春节 2026", events: [received("2026-02-10")], state: "OPEN", due: "2026-03-16" },

  // ── across National Day, 调休 weekend days counted ──────────────────────────────────────────────────
  // Mon 25 Sep 2017 (old 条例, 15 days): 26–29 (4), Sat 30* (5), [1–8 Oct off], 9–13 (10), 16–20 (15)
  { name: "spanning 国庆 2017 (old 条例)", events: [received("2017-09-25")], state: "OPEN", due: "2017-10-20" },
  // Fri 20 Sep 2019: 23–27 (5), Sun 29* (6), Mon 30 (7), [1–7 Oct], 8–11 (11), Sat 12* (12), 14–18 (17), 21–23 (20)
  { name: "spanning 国庆 2019", events: [received("2019-09-20")], state: "OPEN", due: "2019-10-23" },
  // Mon 25 Sep 2023: 26–28 (3), [29 Sep–6 Oct off], Sat 7* (4), Sun 8* (5), 9–13 (10), 16–20 (15), 23–27 (20)
  { name: "spanning 中秋国庆 2023", events: [received("2023-09-25")], state: "OPEN", due: "2023-10-27" },
  // Mon 22 Sep 2025: 23–26 (4), Sun 28* (5), 29, 30 (7), [1–8 Oct], 9, 10 (9), Sat 11* (10), 13–17 (15), 20–24 (20)
  { name: "spanning 国庆 2025", events: [received("2025-09-22")], state: "OPEN", due: "2025-10-24" },
  // Mon 21 Sep 2026: 22–24 (3), [25–27 中秋], 28–30 (6), [1–7 Oct], 8, 9 (8), Sat 10* (9), 12–16 (14), 19–23 (19), Mon 26 (20)
  { name: "spanning 中秋 and 国庆 2026", events: [received("2026-09-21")], state: "OPEN", due: "2026-10-26" },

  // ── 补正 correction (art. 30) ───────────────────────────────────────────────────────────────────────
  // Notice sent: no deadline until the corrected request arrives.
  {
    name: "补正 notice out: waiting for the applicant",
    // The applicant's 10 working days after Thu 2 Jun 2022: [Fri 3 Jun 端午], 6–10 (5), 13–17 (10) → Fri 17 Jun
    events: [received("2022-06-01"), { kind: "CORRECTION_NOTICE", on: "2022-06-02", applicantDeadline: "2022-06-17" }],
    state: "WAITING_FOR_APPLICANT",
    due: null,
    also: { correctionNoticeLate: false },
  },
  // Corrected request Fri 15 Mar 2024 is the new day 0: 18–22 (5), 25–29 (10), 1–3 Apr (13), [4–6 清明], Sun 7* (14),
  // 8–12 (19), Mon 15 (20)
  {
    name: "补正 restarts the full 20 days (2024, across 清明)",
    events: [
      received("2024-03-04"),
      { kind: "CORRECTION_NOTICE", on: "2024-03-06" },
      { kind: "CORRECTION_RECEIVED", on: "2024-03-15" },
    ],
    state: "OPEN",
    due: "2024-04-15",
    also: { correctionNoticeLate: false },
  },
  // Notice Thu 13 Mar 2025 = 8th working day after Mon 3 Mar (4–7, 10–13): late (补正告知超期). It is recorded
  // but the period does not restart: the original deadline of Mon 3 Mar stands: 4–7 (4), 10–14 (9), 17–21 (14),
  // 24–28 (19), Mon 31 Mar (20). The correction of Thu 20 Mar does not reset it.
  {
    name: "late 补正 notice (8th working day) never restarts the period",
    events: [
      received("2025-03-03"),
      { kind: "CORRECTION_NOTICE", on: "2025-03-13" },
      { kind: "CORRECTION_RECEIVED", on: "2025-03-20" },
    ],
    state: "OPEN",
    due: "2025-03-31",
    also: { correctionNoticeLate: true },
  },
  // …while the late notice waits for an answer, the clock keeps running on the same deadline
  {
    name: "late 补正 notice: the clock keeps running while the applicant corrects",
    events: [received("2025-03-03"), { kind: "CORRECTION_NOTICE", on: "2025-03-13" }],
    state: "OPEN",
    due: "2025-03-31",
    also: { correctionNoticeLate: true },
  },
  // …and a reply after that deadline is late: Tue 1 Apr is one working day after Mon 31 Mar
  {
    name: "late 补正 notice: a reply after the original deadline is late",
    events: [
      received("2025-03-03"),
      { kind: "CORRECTION_NOTICE", on: "2025-03-13" },
      { kind: "CORRECTION_RECEIVED", on: "2025-03-20" },
      { kind: "REPLIED", on: "2025-04-01" },
    ],
    state: "CLOSED",
    due: "2025-03-31",
    also: { correctionNoticeLate: true, repliedLate: true },
  },
  // Wed 12 Mar 2025 is the 7th working day (4–7, 10–12): in time; same correction date, same deadline.
  {
    name: "补正 notice on the 7th working day is in time",
    events: [
      received("2025-03-03"),
      { kind: "CORRECTION_NOTICE", on: "2025-03-12" },
      { kind: "CORRECTION_RECEIVED", on: "2025-03-20" },
    ],
    state: "OPEN",
    due: "2025-04-18",
    also: { correctionNoticeLate: false },
  },
  // Correction arrives on Sun 25 Apr 2021*, a 调休 working day, day 0: 26–30 Apr (5), [1–5 May off], 6, 7 (7), Sat 8* (8),
  // 10–14 (13), 17–21 (18), 24, 25 (20)
  {
    name: "correction received on a 调休 Sunday, across 劳动节 2021",
    events: [
      received("2021-04-06"),
      { kind: "CORRECTION_NOTICE", on: "2021-04-08" },
      { kind: "CORRECTION_RECEIVED", on: "2021-04-25" },
    ],
    state: "OPEN",
    due: "2021-05-25",
  },
  // No correction by 22 Apr: the request ends (其他处理 row 1); there was no running deadline.
  {
    name: "correction lapsed",
    events: [
      received("2021-04-06"),
      { kind: "CORRECTION_NOTICE", on: "2021-04-08", applicantDeadline: "2021-04-22" },
      { kind: "CORRECTION_LAPSED", on: "2021-04-23" },
    ],
    state: "CLOSED",
    due: null,
    also: { closedBy: "CORRECTION_LAPSED" },
  },

  // ── consultations (art. 32–34): not counted ─────────────────────────────────────────────────────────
  // Mon 2 Mar 2026 → 30 Mar (3–6 (4), 9–13 (9), 16–20 (14), 23–27 (19), 30 (20)). Third party asked Tue 10 Mar:
  // answer due 11–13 (3), 16–20 (8), 23–27 (13), 30, 31 (15) → 31 Mar. Answer Tue 24 Mar: not counted 11–13, 16–20,
  // 23, 24 = 10 days. 30 Mar + 10: 31 (1), 1–3 Apr (4), [4–6 清明], 7–10 (8), 13, 14 (10)
  {
    name: "third-party consultation pauses the clock (2026)",
    events: [
      received("2026-03-02"),
      { kind: "CONSULTATION_STARTED", on: "2026-03-10", party: "THIRD_PARTY" },
      { kind: "CONSULTATION_ENDED", on: "2026-03-24" },
    ],
    state: "OPEN",
    due: "2026-04-14",
    also: { thirdPartyDue: "2026-03-31", pausedWorkingDays: 10 },
  },
  // Still waiting for the third party: the deadline stands where the pause began.
  {
    name: "third-party consultation still open",
    events: [received("2026-03-02"), { kind: "CONSULTATION_STARTED", on: "2026-03-10", party: "THIRD_PARTY" }],
    state: "PAUSED",
    due: "2026-03-30",
    also: { thirdPartyDue: "2026-03-31", countedTo: "2026-03-10" },
  },
  // Mon 4 Mar 2019 (old 条例, 15 days) → 25 Mar (5–8 (4), 11–15 (9), 18–22 (14), 25 (15)). Agency 6→8 Mar: 7, 8
  // (2 days); third party 11→15 Mar: 12–15 (4 days). 25 Mar + 6: 26–29 (4), 1, 2 Apr (6).
  // Agency answer due 6 Mar + 15: 7, 8 (2), 11–15 (7), 18–22 (12), 25–27 (15). Third party 11 Mar + 15: 12–15 (4),
  // 18–22 (9), 25–29 (14), 1 Apr (15)
  {
    name: "two sequential consultations add up",
    events: [
      received("2019-03-04"),
      { kind: "CONSULTATION_STARTED", on: "2019-03-06", party: "AGENCY" },
      { kind: "CONSULTATION_ENDED", on: "2019-03-08", party: "AGENCY" },
      { kind: "CONSULTATION_STARTED", on: "2019-03-11", party: "THIRD_PARTY" },
      { kind: "CONSULTATION_ENDED", on: "2019-03-15", party: "THIRD_PARTY" },
    ],
    state: "OPEN",
    due: "2019-04-02",
    also: { thirdPartyDue: "2019-04-01", agencyOpinionDue: "2019-03-27", pausedWorkingDays: 6 },
  },
  // Mon 8 May 2023 → 5 Jun (9–12 (4), 15–19 (9), 22–26 (14), 29–31 (17), 1, 2 Jun (19), 5 (20)). Third party 10→17 May
  // (11, 12, 15, 16, 17 = 5), agency 12→19 May (15–19 = 5): union 11, 12, 15–19 = 7 days, not 10.
  // 5 Jun + 7: 6–9 (4), 12–14 (7)
  {
    name: "overlapping consultations count their union once",
    events: [
      received("2023-05-08"),
      { kind: "CONSULTATION_STARTED", on: "2023-05-10", party: "THIRD_PARTY" },
      { kind: "CONSULTATION_STARTED", on: "2023-05-12", party: "AGENCY" },
      { kind: "CONSULTATION_ENDED", on: "2023-05-17", party: "THIRD_PARTY" },
      { kind: "CONSULTATION_ENDED", on: "2023-05-19", party: "AGENCY" },
    ],
    state: "OPEN",
    due: "2023-06-14",
    also: { pausedWorkingDays: 7 },
  },
  // Mon 1 Jun 2020 → 30 Jun (2–5 (4), 8–12 (9), 15–19 (14), 22–24 (17), [25–27 端午], Sun 28* (18), 29, 30 (20)).
  // Two third parties: A 3→5 Jun, B 4→9 Jun; union 4, 5, 8, 9 = 4 days. 30 Jun + 4: 1–3 Jul (3), 6 (4).
  // B's answer due 4 Jun + 15: 5 (1), 8–12 (6), 15–19 (11), 22–24 (14), Sun 28* (15)
  {
    name: "two third parties at once, told apart by ref (2020, 端午)",
    events: [
      received("2020-06-01"),
      { kind: "CONSULTATION_STARTED", on: "2020-06-03", party: "THIRD_PARTY", ref: "A" },
      { kind: "CONSULTATION_STARTED", on: "2020-06-04", party: "THIRD_PARTY", ref: "B" },
      { kind: "CONSULTATION_ENDED", on: "2020-06-05", ref: "A" },
      { kind: "CONSULTATION_ENDED", on: "2020-06-09", ref: "B" },
    ],
    state: "OPEN",
    due: "2020-07-06",
    also: { thirdPartyDue: "2020-06-28", pausedWorkingDays: 4 },
  },

  // ── fees (国办函〔2020〕109号) ──────────────────────────────────────────────────────────────────────
  // Mon 1 Nov 2021 → 29 Nov (2–5 (4), 8–12 (9), 15–19 (14), 22–26 (19), 29 (20)). Fee notice Wed 10 Nov, paid
  // Tue 16 Nov: 11, 12, 15, 16 = 4 days. 29 Nov + 4: 30 (1), 1–3 Dec (4)
  {
    name: "fee notice pauses the clock until paid",
    events: [
      received("2021-11-01"),
      { kind: "FEE_NOTICE", on: "2021-11-10", paymentDeadline: "2021-12-08" },
      { kind: "FEE_PAID", on: "2021-11-16" },
    ],
    state: "OPEN",
    due: "2021-12-03",
    also: { pausedWorkingDays: 4 },
  },
  // Unpaid by 8 Dec: the request ends (其他处理 row 2). The deadline shown is the one standing on 9 Dec:
  // not counted 11, 12 Nov (2), 15–19 (7), 22–26 (12), 29, 30 (14), 1–3 Dec (17), 6–9 (21);
  // 29 Nov + 21: 30 (1), 1–3 Dec (4), 6–10 (9), 13–17 (14), 20–24 (19), 27, 28 (21)
  {
    name: "fee not paid in time ends the request",
    events: [
      received("2021-11-01"),
      { kind: "FEE_NOTICE", on: "2021-11-10", paymentDeadline: "2021-12-08" },
      { kind: "FEE_LAPSED", on: "2021-12-09" },
    ],
    state: "CLOSED",
    due: "2021-12-28",
    also: { closedBy: "FEE_LAPSED" },
  },

  // ── extensions (art. 33 ¶2) ─────────────────────────────────────────────────────────────────────────
  // Mon 1 Aug 2022 → 29 Aug (2–5 (4), 8–12 (9), 15–19 (14), 22–26 (19), 29 (20)); + 20: 30, 31 (22), 1, 2 Sep (24),
  // 5–9 (29), [Mon 12 Sep 中秋], 13–16 (33), 19–23 (38), 26, 27 (40)
  {
    name: "extension of 20 working days (across 中秋 2022)",
    events: [received("2022-08-01"), { kind: "EXTENSION_APPROVED", on: "2022-08-25", workingDays: 20 }],
    state: "OPEN",
    due: "2022-09-27",
    also: { extensionDaysUsed: 20 },
  },
  // 5 + 15 = 20: the same 27 Sep (after the first, 29 Aug + 5: 30, 31, 1, 2, 5 Sep)
  {
    name: "two extensions summing to 20",
    events: [
      received("2022-08-01"),
      { kind: "EXTENSION_APPROVED", on: "2022-08-22", workingDays: 5 },
      { kind: "EXTENSION_APPROVED", on: "2022-08-26", workingDays: 15 },
    ],
    state: "OPEN",
    due: "2022-09-27",
    also: { extensionDaysUsed: 20 },
  },
  // 7 Mar 2018 (spanning 春节, old 条例, above) + 10: 8, 9 (2), 12–16 (7), 19–21 (10)
  {
    name: "extension of 10 after a 春节 receipt (old 条例)",
    events: [received("2018-02-09"), { kind: "EXTENSION_APPROVED", on: "2018-03-01", workingDays: 10 }],
    state: "OPEN",
    due: "2018-03-21",
    also: { extensionDaysUsed: 10 },
  },
  // Old 条例: at most 15 more. 7 Mar 2018 + 15: 8, 9 (2), 12–16 (7), 19–23 (12), 26–28 (15)
  {
    name: "old 条例: an extension of 15 is the most",
    events: [received("2018-02-09"), { kind: "EXTENSION_APPROVED", on: "2018-03-01", workingDays: 15 }],
    state: "OPEN",
    due: "2018-03-28",
    also: { extensionDaysUsed: 15, oldRegulation: true },
  },

  // ── the end ─────────────────────────────────────────────────────────────────────────────────────────
  // Mon 6 May 2024: 7–10 (4), Sat 11* (5), 13–17 (10), 20–24 (15), 27–31 (20)
  {
    name: "withdrawn by the applicant",
    events: [received("2024-05-06"), { kind: "WITHDRAWN", on: "2024-05-08" }],
    state: "CLOSED",
    due: "2024-05-31",
    also: { closedBy: "WITHDRAWN" },
  },
  // 国庆 2025 case above: due Fri 24 Oct; replied that day
  {
    name: "replied on the due date",
    events: [received("2025-09-22"), { kind: "REPLIED", on: "2025-10-24" }],
    state: "CLOSED",
    due: "2025-10-24",
    also: { repliedLate: false, closedBy: "REPLIED" },
  },
  // …replied Mon 27 Oct: one working day late
  {
    name: "replied late",
    events: [received("2025-09-22"), { kind: "REPLIED", on: "2025-10-27" }],
    state: "CLOSED",
    due: "2025-10-24",
    also: { repliedLate: true },
  },

  // ── 2027: not published yet (weekends only) ─────────────────────────────────────────────────────────
  // Mon 7 Dec 2026: 8–11 (4), 14–18 (9), 21–25 (14), 28–31 (18), [Fri 1 Jan 2027 元旦, statutory even before the
  // notice], Mon 4 Jan (19), Tue 5 Jan (20)
  {
    name: "a deadline reaching into 2027 is provisional and skips 元旦",
    events: [received("2026-12-07")],
    state: "OPEN",
    due: "2027-01-05",
    also: { provisional: true },
  },
  // Mon 30 Nov 2026 → 28 Dec (1–4 Dec (4), 7–11 (9), 14–18 (14), 21–25 (19), 28 (20)), within 2026; but the third
  // party's answer (15 Dec + 15: 16–18 (3), 21–25 (8), 28–31 (12), [1 Jan 元旦], 4–6 Jan (15)) falls in 2027.
  {
    name: "a third-party date in 2027 makes the clock provisional",
    events: [received("2026-11-30"), { kind: "CONSULTATION_STARTED", on: "2026-12-15", party: "THIRD_PARTY" }],
    state: "PAUSED",
    due: "2026-12-28",
    also: { thirdPartyDue: "2027-01-06", provisional: true },
  },

  // ── issue 18: deadlines that cannot be bent ─────────────────────────────────────────────────────────
  // Extension on the due date itself is still within the period. Mon 4 Mar 2024 → 1 Apr (5–8 (4), 11–15 (9),
  // 18–22 (14), 25–29 (19), Mon 1 Apr (20)); + 5: 2, 3 (2), [4–6 清明], Sun 7* (3), 8, 9 (5)
  {
    name: "extension approved on the due date",
    events: [received("2024-03-04"), { kind: "EXTENSION_APPROVED", on: "2024-04-01", workingDays: 5 }],
    state: "OPEN",
    due: "2024-04-09",
    also: { extensionDaysUsed: 5 },
  },
  // An extension before a 补正 does not carry over. Mon 3 Mar 2025: extension of 10 on Wed 5 Mar, 补正 notice Thu
  // 6 Mar (working day 3: 4, 5, 6), applicant's 10 days: 7 (1), 10–14 (6), 17–20 (10) → Thu 20 Mar. Corrected request
  // Thu 20 Mar, 20 days and no extension: Fri 21 (1), 24–28 (6), Mon 31 (7), 1–3 Apr (10), [4–6 清明], 7–11 (15),
  // 14–18 (20) → Fri 18 Apr (with the 10 carried over it would have been 2 May)
  {
    name: "an extension granted before a 补正 does not carry over",
    events: [
      received("2025-03-03"),
      { kind: "EXTENSION_APPROVED", on: "2025-03-05", workingDays: 10 },
      { kind: "CORRECTION_NOTICE", on: "2025-03-06", applicantDeadline: "2025-03-20" },
      { kind: "CORRECTION_RECEIVED", on: "2025-03-20" },
    ],
    state: "OPEN",
    due: "2025-04-18",
    also: { extensionDaysUsed: 0, correctionNoticeLate: false },
  },
  // …and the restarted period can have its own extension of up to 20: 18 Apr + 20: 21–25 (5), Sun 27 Apr* (6),
  // 28–30 (9), [1–5 May 劳动节], 6–9 (13), 12–16 (18), 19, 20 (20) → Tue 20 May 2025
  {
    name: "the restarted period has its own 20 days of extension",
    events: [
      received("2025-03-03"),
      { kind: "EXTENSION_APPROVED", on: "2025-03-05", workingDays: 10 },
      { kind: "CORRECTION_NOTICE", on: "2025-03-06", applicantDeadline: "2025-03-20" },
      { kind: "CORRECTION_RECEIVED", on: "2025-03-20" },
      { kind: "EXTENSION_APPROVED", on: "2025-04-10", workingDays: 20 },
    ],
    state: "OPEN",
    due: "2025-05-20",
    also: { extensionDaysUsed: 20 },
  },
  // Third party never answers. Mon 2 Mar 2026 → 30 Mar. 征求意见书 sent and received Tue 10 Mar; its 15 working days:
  // 11–13 (3), 16–20 (8), 23–27 (13), 30, 31 (15) → Tue 31 Mar. Answer only on Fri 10 Apr: only 15 days excluded.
  // 30 Mar + 15: 31 (1), 1–3 Apr (4), [4–6 清明], 7–10 (8), 13–17 (13), 20, 21 (15) → Tue 21 Apr
  {
    name: "a late third party excludes at most its 15 working days",
    events: [
      received("2026-03-02"),
      { kind: "CONSULTATION_STARTED", on: "2026-03-10", party: "THIRD_PARTY" },
      { kind: "CONSULTATION_ENDED", on: "2026-04-10" },
    ],
    state: "OPEN",
    due: "2026-04-21",
    also: { thirdPartyDue: "2026-03-31", pausedWorkingDays: 15 },
  },
  // The same, never closed: a reply on Wed 22 Apr is one working day late.
  {
    name: "an unanswered, never-closed third party: the clock runs again after 15 days",
    events: [
      received("2026-03-02"),
      { kind: "CONSULTATION_STARTED", on: "2026-03-10", party: "THIRD_PARTY" },
      { kind: "REPLIED", on: "2026-04-22" },
    ],
    state: "CLOSED",
    due: "2026-04-21",
    also: { repliedLate: true },
  },
  // The third party received the 征求意见书 on Thu 12 Mar, two days after it was sent: 12 Mar + 15: 13 (1), 16–20 (6),
  // 23–27 (11), 30, 31 (13), 1, 2 Apr (15) → Thu 2 Apr. Excluded from sending to then: 11, 12, 13 (3), 16–20 (8),
  // 23–27 (13), 30, 31 (15), 1, 2 Apr (17). 30 Mar + 17: 31 (1), 1–3 (4), 7–10 (8), 13–17 (13), 20–23 (17) → Thu 23 Apr
  {
    name: "the third party's 15 days count from the day it received the 征求意见书",
    events: [
      received("2026-03-02"),
      { kind: "CONSULTATION_STARTED", on: "2026-03-10", party: "THIRD_PARTY", deliveredOn: "2026-03-12" },
      { kind: "CONSULTATION_ENDED", on: "2026-04-10" },
    ],
    state: "OPEN",
    due: "2026-04-23",
    also: { thirdPartyDue: "2026-04-02", pausedWorkingDays: 17 },
  },
  // Another agency (art. 33 ¶2) is excluded for as long as it lasts: 10 Mar → Fri 10 Apr: 11–13 (3), 16–20 (8),
  // 23–27 (13), 30, 31 (15), 1–3 (18), 7–10 (22). 30 Mar + 22: 31 (1), 1–3 (4), 7–10 (8), 13–17 (13), 20–24 (18),
  // 27–30 (22) → Thu 30 Apr
  {
    name: "another agency's consultation is excluded for as long as it lasts",
    events: [
      received("2026-03-02"),
      { kind: "CONSULTATION_STARTED", on: "2026-03-10", party: "AGENCY" },
      { kind: "CONSULTATION_ENDED", on: "2026-04-10" },
    ],
    state: "OPEN",
    due: "2026-04-30",
    also: { pausedWorkingDays: 22 },
  },
  // Fee notice Wed 10 Nov 2021, received by the applicant Mon 15 Nov: 20 working days from the next day: 16–19 (4),
  // 22–26 (9), 29, 30 (11), 1–3 Dec (14), 6–10 (17), 13 (20) → Mon 13 Dec at the earliest. Paid Tue 16 Nov:
  // not counted 11, 12, 15, 16 = 4 → 29 Nov + 4 = Fri 3 Dec (as above)
  {
    name: "fee: the payment deadline counts from the applicant's receipt of the notice",
    events: [
      received("2021-11-01"),
      { kind: "FEE_NOTICE", on: "2021-11-10", receivedOn: "2021-11-15", paymentDeadline: "2021-12-13" },
      { kind: "FEE_PAID", on: "2021-11-16" },
    ],
    state: "OPEN",
    due: "2021-12-03",
    also: { pausedWorkingDays: 4 },
  },
  // A fee notice on the due date (Mon 29 Nov 2021) is still within the period; the deadline 29 Nov + 20: 30 (1),
  // 1–3 Dec (4), 6–10 (9), 13–17 (14), 20–24 (19), 27 (20) → Mon 27 Dec
  {
    name: "fee notice on the due date",
    events: [received("2021-11-01"), { kind: "FEE_NOTICE", on: "2021-11-29", paymentDeadline: "2021-12-27" }],
    state: "PAUSED",
    due: "2021-11-29",
  },
];

describe("computeClock: the reply deadline on real dates", () => {
  it("has a table of at least 30 cases", () => expect(cases.length).toBeGreaterThanOrEqual(30));

  it.each(cases)("$name", ({ events, state, due, also }) => {
    const result = computeClock(events, calendar);
    expect(result.state).toBe(state);
    expect(result.dueDate).toBe(due);
    expect(result).toMatchObject({ provisional: false, ...also });
    expect(result.steps).toHaveLength(events.length);
  });
});

describe("hand counts checked by listing the working days", () => {
  /** The working days after `from` up to and including `to`, listed one by one. */
  const list = (from: CalendarDate, to: CalendarDate) => {
    const days: string[] = [];
    for (let d = new Date(`${from}T00:00:00Z`); ; ) {
      d = new Date(d.getTime() + 86_400_000);
      const date = d.toISOString().slice(0, 10) as CalendarDate;
      if (calendar.isWorkingDay(date)) days.push(date.slice(5));
      if (date === to) return days;
    }
  };

  it("国庆 2025: 20 working days from 22 Sep end on 24 Oct, 28 Sep and 11 Oct included", () => {
    expect(list("2025-09-22", "2025-10-24")).toEqual([
      "09-23",
      "09-24",
      "09-25",
      "09-26",
      "09-28",
      "09-29",
      "09-30",
      "10-09",
      "10-10",
      "10-11",
      "10-13",
      "10-14",
      "10-15",
      "10-16",
      "10-17",
      "10-20",
      "10-21",
      "10-22",
      "10-23",
      "10-24",
    ]);
  });

  it("春节 2017: 20 working days from 28 Jan end on 1 Mar", () => {
    expect(list("2017-01-28", "2017-03-01")).toEqual([
      "02-03",
      "02-04",
      "02-06",
      "02-07",
      "02-08",
      "02-09",
      "02-10",
      "02-13",
      "02-14",
      "02-15",
      "02-16",
      "02-17",
      "02-20",
      "02-21",
      "02-22",
      "02-23",
      "02-24",
      "02-27",
      "02-28",
      "03-01",
    ]);
  });

  it("2021 correction on the 调休 Sunday: 20 working days from 25 Apr end on 25 May", () => {
    expect(list("2021-04-25", "2021-05-25")).toEqual([
      "04-26",
      "04-27",
      "04-28",
      "04-29",
      "04-30",
      "05-06",
      "05-07",
      "05-08",
      "05-10",
      "05-11",
      "05-12",
      "05-13",
      "05-14",
      "05-17",
      "05-18",
      "05-19",
      "05-20",
      "05-21",
      "05-24",
      "05-25",
    ]);
  });
});

describe("the explanation, step by step", () => {
  it("shows how the deadline of the third-party case was reached", () => {
    const { steps } = computeClock(
      cases.find((c) => c.name.startsWith("third-party consultation pauses"))!.events,
      calendar,
    );
    expect(steps).toEqual([
      {
        event: "RECEIVED",
        on: "2026-03-02",
        dueAfter: "2026-03-30",
        note: {
          key: "clock.received",
          params: { received: "2026-03-02", firstDay: "2026-03-03", days: 20, due: "2026-03-30" },
        },
      },
      {
        event: "CONSULTATION_STARTED",
        on: "2026-03-10",
        dueAfter: "2026-03-30",
        note: {
          key: "clock.thirdPartyConsultation",
          params: {
            date: "2026-03-10",
            deliveredOn: "2026-03-10",
            answerDays: 15,
            answerDue: "2026-03-31",
            due: "2026-03-30",
          },
        },
      },
      {
        event: "CONSULTATION_ENDED",
        on: "2026-03-24",
        dueAfter: "2026-04-14",
        note: {
          key: "clock.consultationEnded",
          params: {
            date: "2026-03-24",
            started: "2026-03-10",
            party: "THIRD_PARTY",
            days: 10,
            added: 10,
            due: "2026-04-14",
          },
        },
      },
    ]);
  });

  it("names a day 0 on a holiday and its first counted day", () => {
    const [step] = computeClock([received("2019-10-01")], calendar).steps;
    expect(step.note).toEqual({
      key: "clock.received",
      params: { received: "2019-10-01", firstDay: "2019-10-08", days: 20, due: "2019-11-01" },
    });
  });

  it("shows the overlap: the second consultation adds only the days not already paused", () => {
    const { steps } = computeClock(cases.find((c) => c.name.startsWith("overlapping"))!.events, calendar);
    expect(steps.map((s) => [s.event, s.note.params.days, s.note.params.added, s.dueAfter])).toEqual([
      ["RECEIVED", 20, undefined, "2023-06-05"],
      ["CONSULTATION_STARTED", undefined, undefined, "2023-06-05"],
      // on 12 May the open third-party pause has already taken 11, 12 May: 5 Jun + 2 = 7 Jun
      ["CONSULTATION_STARTED", undefined, undefined, "2023-06-07"],
      // the third party's 5 days (11, 12, 15, 16, 17 May) → 5 Jun + 5 = 12 Jun
      ["CONSULTATION_ENDED", 5, 5, "2023-06-12"],
      // the agency's 5 days (15–19 May), of which 18, 19 are new → 14 Jun
      ["CONSULTATION_ENDED", 5, 2, "2023-06-14"],
    ]);
  });

  it("marks a late 补正 notice, and the correction does not restart the period", () => {
    const { steps } = computeClock(cases.find((c) => c.name.startsWith("late 补正"))!.events, calendar);
    expect(steps[1]).toEqual({
      event: "CORRECTION_NOTICE",
      on: "2025-03-13",
      dueAfter: "2025-03-31",
      note: {
        key: "clock.correctionNoticeLate",
        params: { date: "2025-03-13", daysAfterReceipt: 8, limit: 7, due: "2025-03-31" },
      },
    });
    expect(steps[2].note).toEqual({
      key: "clock.correctionReceivedNoRestart",
      params: { date: "2025-03-20", due: "2025-03-31" },
    });
  });

  it("a timely 补正 restarts the period from the correction", () => {
    const { steps } = computeClock(cases.find((c) => c.name.startsWith("补正 restarts"))!.events, calendar);
    expect(steps[2].note).toEqual({
      key: "clock.correctionReceived",
      params: { date: "2024-03-15", firstDay: "2024-03-18", days: 20, due: "2024-04-15" },
    });
  });

  it("shows each extension with the running total", () => {
    const { steps } = computeClock(cases.find((c) => c.name === "two extensions summing to 20")!.events, calendar);
    expect(steps.map((s) => s.note)).toEqual([
      {
        key: "clock.received",
        params: { received: "2022-08-01", firstDay: "2022-08-02", days: 20, due: "2022-08-29" },
      },
      { key: "clock.extension", params: { date: "2022-08-22", days: 5, total: 5, max: 20, due: "2022-09-05" } },
      { key: "clock.extension", params: { date: "2022-08-26", days: 15, total: 20, max: 20, due: "2022-09-27" } },
    ]);
  });

  it("says how late a reply was", () => {
    const { steps } = computeClock([received("2025-09-22"), { kind: "REPLIED", on: "2025-10-27" }], calendar);
    expect(steps[1].note).toEqual({
      key: "clock.repliedLate",
      params: { date: "2025-10-27", due: "2025-10-24", daysLate: 1 },
    });
  });
});

describe("fee rule is configurable", () => {
  it("with feeNoticePausesClock off, the deadline does not move during a fee notice", () => {
    const events: ClockEvent[] = [
      received("2021-11-01"),
      { kind: "FEE_NOTICE", on: "2021-11-10", paymentDeadline: "2021-12-08" },
      { kind: "FEE_PAID", on: "2021-11-16" },
    ];
    const rules = { ...DEFAULT_CLOCK_RULES, feeNoticePausesClock: false };
    expect(computeClock(events.slice(0, 2), calendar, rules).state).toBe("OPEN");
    expect(computeClock(events, calendar, rules).dueDate).toBe("2021-11-29");
    expect(computeClock(events.slice(0, 2), calendar).state).toBe("PAUSED");
  });
});

describe("days left and overdue", () => {
  const open = computeClock([received("2026-03-02")], calendar); // due Mon 30 Mar 2026

  it("counts working days to the deadline, 0 on the day itself, negative after", () => {
    // after Fri 20 Mar: 23–27 (5), 30 (6)
    expect(workingDaysLeft(open, "2026-03-20", calendar)).toBe(6);
    expect(workingDaysLeft(open, "2026-03-30", calendar)).toBe(0);
    expect(workingDaysLeft(open, "2026-03-31", calendar)).toBe(-1);
    // Fri 3 Apr: 31 Mar, 1, 2, 3 Apr = 4 working days late; Mon 6 Apr (清明) still 4
    expect(workingDaysLeft(open, "2026-04-03", calendar)).toBe(-4);
    expect(workingDaysLeft(open, "2026-04-06", calendar)).toBe(-4);
    expect(isOverdue(open, "2026-03-30")).toBe(false);
    expect(isOverdue(open, "2026-03-31")).toBe(true);
  });

  it("is overdue the day after a Friday deadline, even on a weekend", () => {
    const friday = computeClock([received("2025-09-22")], calendar); // due Fri 24 Oct 2025
    expect(isOverdue(friday, "2025-10-25")).toBe(true);
    expect(workingDaysLeft(friday, "2025-10-25", calendar)).toBe(-1);
  });

  it("stands still while paused", () => {
    const paused = computeClock(
      [received("2026-03-02"), { kind: "CONSULTATION_STARTED", on: "2026-03-10", party: "THIRD_PARTY" }],
      calendar,
    );
    // after Tue 10 Mar up to 30 Mar: 11–13 (3), 16–20 (8), 23–27 (13), 30 (14)
    expect(workingDaysLeft(paused, "2026-03-20", calendar)).toBe(14);
    expect(workingDaysLeft(paused, "2026-05-20", calendar)).toBe(14);
    expect(isOverdue(paused, "2026-05-20")).toBe(false);
  });

  it("has no deadline while waiting for a correction or once closed", () => {
    const waiting = computeClock([received("2022-06-01"), { kind: "CORRECTION_NOTICE", on: "2022-06-02" }], calendar);
    expect(workingDaysLeft(waiting, "2022-07-01", calendar)).toBeNull();
    expect(isOverdue(waiting, "2022-12-01")).toBe(false);
    const replied = computeClock([received("2025-09-22"), { kind: "REPLIED", on: "2025-10-27" }], calendar);
    expect(workingDaysLeft(replied, "2025-11-01", calendar)).toBeNull();
    expect(isOverdue(replied, "2025-11-01")).toBe(false);
  });
});

describe("impossible event sequences are refused with a named problem", () => {
  const R = received("2024-03-04");
  // [why, events, code, index of the offending event]
  const bad: [string, ClockEvent[], ClockErrorCode, number][] = [
    ["no events", [], "NO_EVENTS", -1],
    ["an event before RECEIVED", [{ kind: "REPLIED", on: "2024-03-01" }, R], "NOT_RECEIVED_FIRST", 0],
    ["received twice", [R, received("2024-03-05")], "RECEIVED_TWICE", 1],
    ["dates going backwards", [R, { kind: "EXTENSION_APPROVED", on: "2024-03-01", workingDays: 5 }], "OUT_OF_ORDER", 1],
    ["a malformed date", [R, { kind: "REPLIED", on: "2024-02-30" as CalendarDate }], "INVALID_DATE", 1],
    [
      "an event after the reply",
      [R, { kind: "REPLIED", on: "2024-03-10" }, { kind: "EXTENSION_APPROVED", on: "2024-03-11", workingDays: 5 }],
      "AFTER_CLOSED",
      2,
    ],
    [
      "an event after withdrawal",
      [R, { kind: "WITHDRAWN", on: "2024-03-05" }, { kind: "REPLIED", on: "2024-03-06" }],
      "AFTER_CLOSED",
      2,
    ],
    [
      "CORRECTION_RECEIVED without a notice",
      [R, { kind: "CORRECTION_RECEIVED", on: "2024-03-06" }],
      "NO_CORRECTION_PENDING",
      1,
    ],
    [
      "CORRECTION_LAPSED without a notice",
      [R, { kind: "CORRECTION_LAPSED", on: "2024-03-06" }],
      "NO_CORRECTION_PENDING",
      1,
    ],
    [
      "a second 补正 notice",
      [
        R,
        { kind: "CORRECTION_NOTICE", on: "2024-03-05" },
        { kind: "CORRECTION_RECEIVED", on: "2024-03-08" },
        { kind: "CORRECTION_NOTICE", on: "2024-03-11" },
      ],
      "CORRECTION_NOTICE_REPEATED",
      3,
    ],
    [
      "lapse before the applicant's deadline",
      [
        R,
        { kind: "CORRECTION_NOTICE", on: "2024-03-05", applicantDeadline: "2024-03-19" },
        { kind: "CORRECTION_LAPSED", on: "2024-03-19" },
      ],
      "CORRECTION_LAPSED_EARLY",
      2,
    ],
    [
      "a consultation while waiting for a correction",
      [
        R,
        { kind: "CORRECTION_NOTICE", on: "2024-03-05" },
        { kind: "CONSULTATION_STARTED", on: "2024-03-06", party: "AGENCY" },
      ],
      "WAITING_FOR_CORRECTION",
      2,
    ],
    [
      "a 补正 notice during a consultation",
      [
        R,
        { kind: "CONSULTATION_STARTED", on: "2024-03-05", party: "AGENCY" },
        { kind: "CORRECTION_NOTICE", on: "2024-03-06" },
      ],
      "CORRECTION_NOTICE_WHILE_PAUSED",
      2,
    ],
    [
      "CONSULTATION_ENDED without a start",
      [R, { kind: "CONSULTATION_ENDED", on: "2024-03-06" }],
      "CONSULTATION_NOT_STARTED",
      1,
    ],
    [
      "ending the wrong party's consultation",
      [
        R,
        { kind: "CONSULTATION_STARTED", on: "2024-03-05", party: "AGENCY" },
        { kind: "CONSULTATION_ENDED", on: "2024-03-06", party: "THIRD_PARTY" },
      ],
      "CONSULTATION_NOT_STARTED",
      2,
    ],
    [
      "an end that could close two consultations",
      [
        R,
        { kind: "CONSULTATION_STARTED", on: "2024-03-05", party: "THIRD_PARTY", ref: "A" },
        { kind: "CONSULTATION_STARTED", on: "2024-03-05", party: "THIRD_PARTY", ref: "B" },
        { kind: "CONSULTATION_ENDED", on: "2024-03-06", party: "THIRD_PARTY" },
      ],
      "CONSULTATION_AMBIGUOUS",
      3,
    ],
    [
      "an unknown party",
      [R, { kind: "CONSULTATION_STARTED", on: "2024-03-05", party: "COURT" as never }],
      "CONSULTATION_PARTY_INVALID",
      1,
    ],
    ["FEE_PAID without a notice", [R, { kind: "FEE_PAID", on: "2024-03-06" }], "NO_FEE_PENDING", 1],
    [
      "a second fee notice",
      [
        R,
        { kind: "FEE_NOTICE", on: "2024-03-05", paymentDeadline: "2024-04-02" },
        { kind: "FEE_PAID", on: "2024-03-06" },
        { kind: "FEE_NOTICE", on: "2024-03-07", paymentDeadline: "2024-04-03" },
      ],
      "FEE_NOTICE_REPEATED",
      3,
    ],
    [
      "fee lapsed before the payment deadline",
      [
        R,
        { kind: "FEE_NOTICE", on: "2024-03-05", paymentDeadline: "2024-04-02" },
        { kind: "FEE_LAPSED", on: "2024-04-02" },
      ],
      "FEE_LAPSED_EARLY",
      2,
    ],
    [
      "a payment deadline before the notice",
      [R, { kind: "FEE_NOTICE", on: "2024-03-05", paymentDeadline: "2024-03-04" }],
      "PAYMENT_DEADLINE_BEFORE_NOTICE",
      1,
    ],
    [
      "an extension of 21 days",
      [R, { kind: "EXTENSION_APPROVED", on: "2024-03-20", workingDays: 21 }],
      "EXTENSION_DAYS_INVALID",
      1,
    ],
    [
      "an extension of 0 days",
      [R, { kind: "EXTENSION_APPROVED", on: "2024-03-20", workingDays: 0 }],
      "EXTENSION_DAYS_INVALID",
      1,
    ],
    [
      "extensions beyond 20 in total (15 + 10)",
      [
        R,
        { kind: "EXTENSION_APPROVED", on: "2024-03-20", workingDays: 15 },
        { kind: "EXTENSION_APPROVED", on: "2024-03-25", workingDays: 10 },
      ],
      "EXTENSION_LIMIT_EXCEEDED",
      2,
    ],
    ["an unknown event", [R, { kind: "ESCALATED", on: "2024-03-06" } as never], "UNKNOWN_EVENT", 1],
  ];

  it.each(bad)("%s", (_why, events, code, index) => {
    let error: unknown;
    try {
      computeClock(events, calendar);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ClockSequenceError);
    expect((error as ClockSequenceError).code).toBe(code);
    expect((error as ClockSequenceError).eventIndex).toBe(index);
  });
});

describe("issue 18: refusals that keep the record true", () => {
  const R = received("2024-03-04"); // Mon 4 Mar 2024 → due Mon 1 Apr 2024 (see "extension approved on the due date")
  // [why, events, code, index, field, today]
  const bad: [string, ClockEvent[], ClockErrorCode, number, string, CalendarDate | undefined][] = [
    // 1. no event in the future (today in China is injected)
    ["a receipt after today", [received("2024-03-11")], "IN_FUTURE", 0, "on", "2024-03-10"],
    ["a reply after today", [R, { kind: "REPLIED", on: "2024-03-11" }], "IN_FUTURE", 1, "on", "2024-03-10"],
    [
      "a fee notice the applicant receives after today",
      [R, { kind: "FEE_NOTICE", on: "2024-03-08", receivedOn: "2024-03-11", paymentDeadline: "2024-04-30" }],
      "IN_FUTURE",
      1,
      "receivedOn",
      "2024-03-10",
    ],
    [
      "a 征求意见书 the third party receives after today",
      [R, { kind: "CONSULTATION_STARTED", on: "2024-03-08", party: "THIRD_PARTY", deliveredOn: "2024-03-11" }],
      "IN_FUTURE",
      1,
      "deliveredOn",
      "2024-03-10",
    ],
    // 2. extension only while the period runs: Tue 2 Apr is after the due date Mon 1 Apr
    [
      "an extension after the due date",
      [R, { kind: "EXTENSION_APPROVED", on: "2024-04-02", workingDays: 5 }],
      "EXTENSION_AFTER_DUE",
      1,
      "on",
      undefined,
    ],
    // 3. 补正: after the due date refused; the applicant's time at least 10 working days:
    // Tue 5 Mar + 10: 6–8 (3), 11–15 (8), 18, 19 (10) → 19 Mar; 18 Mar gives only 9
    [
      "a 补正 notice after the due date",
      [R, { kind: "CORRECTION_NOTICE", on: "2024-04-02", applicantDeadline: "2024-04-30" }],
      "CORRECTION_NOTICE_AFTER_DUE",
      1,
      "on",
      undefined,
    ],
    [
      "an applicant's deadline of 9 working days",
      [R, { kind: "CORRECTION_NOTICE", on: "2024-03-05", applicantDeadline: "2024-03-18" }],
      "APPLICANT_DEADLINE_TOO_SHORT",
      1,
      "applicantDeadline",
      undefined,
    ],
    // 4. the third party cannot receive the 征求意见书 before it is sent
    [
      "delivered before sent",
      [R, { kind: "CONSULTATION_STARTED", on: "2024-03-08", party: "THIRD_PARTY", deliveredOn: "2024-03-07" }],
      "DELIVERED_BEFORE_SENT",
      1,
      "deliveredOn",
      undefined,
    ],
    // 5. fees: within the period; 20 working days to pay. Tue 5 Mar 2024 + 20: 6–8 (3), 11–15 (8), 18–22 (13),
    // 25–29 (18), 1, 2 Apr (20) → 2 Apr; 1 Apr gives 19. Received Fri 8 Mar: + 20: 11–15 (5), 18–22 (10), 25–29 (15),
    // 1–3 Apr (18), [4–6 清明], Sun 7* (19), 8 (20) → 8 Apr; 2 Apr is too early
    [
      "a fee notice after the due date",
      [R, { kind: "FEE_NOTICE", on: "2024-04-02", paymentDeadline: "2024-05-31" }],
      "FEE_NOTICE_AFTER_DUE",
      1,
      "on",
      undefined,
    ],
    [
      "19 working days to pay",
      [R, { kind: "FEE_NOTICE", on: "2024-03-05", paymentDeadline: "2024-04-01" }],
      "PAYMENT_DEADLINE_TOO_SHORT",
      1,
      "paymentDeadline",
      undefined,
    ],
    [
      "20 working days counted from the notice, not from its receipt",
      [R, { kind: "FEE_NOTICE", on: "2024-03-05", receivedOn: "2024-03-08", paymentDeadline: "2024-04-02" }],
      "PAYMENT_DEADLINE_TOO_SHORT",
      1,
      "paymentDeadline",
      undefined,
    ],
    [
      "a 缴费 lapse on the payment deadline itself",
      [
        R,
        { kind: "FEE_NOTICE", on: "2024-03-05", receivedOn: "2024-03-08", paymentDeadline: "2024-04-08" },
        { kind: "FEE_LAPSED", on: "2024-04-08" },
      ],
      "FEE_LAPSED_EARLY",
      2,
      "on",
      undefined,
    ],
    // 6. the old 条例: at most 15 more days
    [
      "old 条例: an extension of 16",
      [received("2018-05-07"), { kind: "EXTENSION_APPROVED", on: "2018-05-10", workingDays: 16 }],
      "EXTENSION_DAYS_INVALID",
      1,
      "workingDays",
      undefined,
    ],
    [
      "old 条例: 10 + 6 days",
      [
        received("2018-05-07"),
        { kind: "EXTENSION_APPROVED", on: "2018-05-10", workingDays: 10 },
        { kind: "EXTENSION_APPROVED", on: "2018-05-11", workingDays: 6 },
      ],
      "EXTENSION_LIMIT_EXCEEDED",
      2,
      "workingDays",
      undefined,
    ],
    // implausible dates (issue 17): a receipt before the first 条例 took effect (2008-05-01); deadlines more than
    // a year after their notice (a mistyped year)
    ["a receipt before 2008-05-01", [received("2008-04-30")], "BEFORE_FIRST_REGULATION", 0, "on", undefined],
    [
      "an applicant's deadline 13 months ahead",
      [R, { kind: "CORRECTION_NOTICE", on: "2024-03-05", applicantDeadline: "2025-04-05" }],
      "DEADLINE_TOO_FAR",
      1,
      "applicantDeadline",
      undefined,
    ],
    [
      "a payment deadline a year and a day ahead",
      [R, { kind: "FEE_NOTICE", on: "2024-03-05", paymentDeadline: "2025-03-06" }],
      "DEADLINE_TOO_FAR",
      1,
      "paymentDeadline",
      undefined,
    ],
  ];

  it.each(bad)("%s", (_why, events, code, index, field, today) => {
    let error: unknown;
    try {
      computeClock(events, calendar, DEFAULT_CLOCK_RULES, { today });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ClockSequenceError);
    expect((error as ClockSequenceError).code).toBe(code);
    expect((error as ClockSequenceError).eventIndex).toBe(index);
    expect((error as ClockSequenceError).field).toBe(field);
  });

  it("an event dated today is accepted", () => {
    const result = computeClock([R, { kind: "REPLIED", on: "2024-03-10" }], calendar, DEFAULT_CLOCK_RULES, {
      today: "2024-03-10",
    });
    expect(result.state).toBe("CLOSED");
  });

  it("the refusal names the earliest allowed dates", () => {
    const refusal = (events: ClockEvent[]) => {
      try {
        computeClock(events, calendar);
      } catch (error) {
        return (error as ClockSequenceError).params;
      }
    };
    expect(refusal(bad[6][1])).toEqual({ min: 10, earliest: "2024-03-19" });
    expect(refusal(bad[10][1])).toEqual({ min: 20, earliest: "2024-04-08" });
    expect(refusal(bad[4][1])).toEqual({ due: "2024-04-01" });
  });

  it("accepts the least the law allows: 10 working days to correct, 20 to pay, a lapse the day after", () => {
    const correction = computeClock(
      [R, { kind: "CORRECTION_NOTICE", on: "2024-03-05", applicantDeadline: "2024-03-19" }],
      calendar,
    );
    expect(correction.state).toBe("WAITING_FOR_APPLICANT");
    const fee = computeClock(
      [
        R,
        { kind: "FEE_NOTICE", on: "2024-03-05", receivedOn: "2024-03-08", paymentDeadline: "2024-04-08" },
        { kind: "FEE_LAPSED", on: "2024-04-09" },
      ],
      calendar,
    );
    expect(fee.closedBy).toBe("FEE_LAPSED");
  });

  it("the applicant's minimum time to correct is configurable (GONGKAI_CORRECTION_MIN_WORKING_DAYS)", () => {
    expect(clockRulesFromEnv({}).correctionMinWorkingDays).toBe(10);
    expect(clockRulesFromEnv({ GONGKAI_CORRECTION_MIN_WORKING_DAYS: "abc" }).correctionMinWorkingDays).toBe(10);
    expect(clockRulesFromEnv({ GONGKAI_CORRECTION_MIN_WORKING_DAYS: "0" }).correctionMinWorkingDays).toBe(10);
    const rules = clockRulesFromEnv({ GONGKAI_CORRECTION_MIN_WORKING_DAYS: "15" });
    expect(rules.correctionMinWorkingDays).toBe(15);
    // Tue 5 Mar 2024 + 15: 6–8 (3), 11–15 (8), 18–22 (13), 25, 26 (15) → 26 Mar; the 19 Mar of the default is refused
    const events: ClockEvent[] = [R, { kind: "CORRECTION_NOTICE", on: "2024-03-05", applicantDeadline: "2024-03-19" }];
    expect(() => computeClock(events, calendar, rules)).toThrow(/APPLICANT_DEADLINE_TOO_SHORT/);
    events[1] = { kind: "CORRECTION_NOTICE", on: "2024-03-05", applicantDeadline: "2024-03-26" };
    expect(computeClock(events, calendar, rules).state).toBe("WAITING_FOR_APPLICANT");
  });
});

describe("issue 18: an unanswered third party, day by day", () => {
  // Mon 2 Mar 2026 → 30 Mar; third party asked and received Tue 10 Mar, its 15th working day Tue 31 Mar.
  const events: ClockEvent[] = [
    received("2026-03-02"),
    { kind: "CONSULTATION_STARTED", on: "2026-03-10", party: "THIRD_PARTY" },
  ];
  const on = (asOf: CalendarDate) => computeClock(events, calendar, DEFAULT_CLOCK_RULES, { asOf });

  it("while the third party still has time, the clock is paused and the deadline moves", () => {
    // Fri 20 Mar: 11–13, 16–20 = 8 excluded; 30 Mar + 8: 31 (1), 1–3 Apr (4), [4–6 清明], 7–10 (8) → Fri 10 Apr
    expect(on("2026-03-20")).toMatchObject({ state: "PAUSED", dueDate: "2026-04-10", thirdPartyMayDecide: false });
    // on its 15th working day, still paused: 15 excluded → Tue 21 Apr
    expect(on("2026-03-31")).toMatchObject({ state: "PAUSED", dueDate: "2026-04-21", thirdPartyMayDecide: false });
  });

  it("after its 15 working days the clock runs again and the agency may decide", () => {
    const result = on("2026-04-10");
    expect(result).toMatchObject({ state: "OPEN", dueDate: "2026-04-21", thirdPartyMayDecide: true });
    // Fri 10 Apr → Tue 21 Apr: 13–17 (5), 20, 21 (7)
    expect(workingDaysLeft(result, "2026-04-10", calendar)).toBe(7);
  });

  it("another agency's consultation keeps the clock paused however long it lasts", () => {
    const agency: ClockEvent[] = [
      received("2026-03-02"),
      { kind: "CONSULTATION_STARTED", on: "2026-03-10", party: "AGENCY" },
    ];
    const result = computeClock(agency, calendar, DEFAULT_CLOCK_RULES, { asOf: "2026-04-10" });
    // 22 working days excluded to Fri 10 Apr (see the table) → Thu 30 Apr
    expect(result).toMatchObject({ state: "PAUSED", dueDate: "2026-04-30", thirdPartyMayDecide: false });
  });
});

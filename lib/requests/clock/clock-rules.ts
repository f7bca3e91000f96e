// The statutory time limits of the reply clock (条例 art. 30–35, 国办函〔2020〕109号), in one place.
// computeClock takes them as a parameter so a reading can be changed (or a region's practice
// configured) without touching the arithmetic.
import type { CalendarDate } from "@/lib/calendar/calendar-date";

export type ClockRules = {
  /** 条例 art. 33 ¶2: reply within 20 working days of receipt (收到申请之日起20个工作日内). */
  replyWorkingDays: number;
  /**
   * 条例 art. 30: the single 补正 (correction) notice is due within 7 working days of receipt. A later notice is
   * recorded (it happened) but never restarts the period: the request is flagged 补正告知超期.
   */
  correctionNoticeWorkingDays: number;
  /**
   * 条例 art. 30 合理的补正期限: the applicant's deadline to correct is at least this many working days after the
   * notice. Configurable (GONGKAI_CORRECTION_MIN_WORKING_DAYS, default 10).
   */
  correctionMinWorkingDays: number;
  /**
   * 条例 art. 32: the third party gives its opinion within 15 working days of receiving the 征求意见书; an
   * unanswered consultation is excluded from the reply period for at most these days (art. 33 ¶3).
   */
  thirdPartyWorkingDays: number;
  /** 条例 art. 34: an agency that co-produced the information gives its opinion within 15 working days. */
  agencyOpinionWorkingDays: number;
  /** 条例 art. 33 ¶2: an extension approved by the head of the disclosure office is at most 20 working days in total. */
  maxExtensionWorkingDays: number;
  /**
   * 国办函〔2020〕109号《政府信息公开信息处理费管理办法》, the provision on the fee notice (收费通知), as we
   * read it: the period from the day the fee notice is sent to the day the applicant pays is not counted in
   * the reply time limit (不计算在办理期限内), and a fee not paid by the notice's deadline means the applicant
   * gave up the request: the agency stops handling it (annual report table 三, 其他处理 row 2).
   * Set to false to keep the clock running during a fee notice (the lapse still ends the request).
   */
  feeNoticePausesClock: boolean;
  /** 国办函〔2020〕109号: the applicant pays within 20 working days from the day after receiving the fee notice. */
  feePaymentWorkingDays: number;
  /**
   * The old 条例 (2007, art. 24): a request received before the revised 条例 took effect (2019-05-15) has 15
   * working days and at most 15 more.
   */
  oldRegulation: { receivedBefore: CalendarDate; replyWorkingDays: number; maxExtensionWorkingDays: number };
};

export const DEFAULT_CLOCK_RULES: Readonly<ClockRules> = Object.freeze({
  replyWorkingDays: 20,
  correctionNoticeWorkingDays: 7,
  correctionMinWorkingDays: 10,
  thirdPartyWorkingDays: 15,
  agencyOpinionWorkingDays: 15,
  maxExtensionWorkingDays: 20,
  feeNoticePausesClock: true,
  feePaymentWorkingDays: 20,
  oldRegulation: Object.freeze({ receivedBefore: "2019-05-15", replyWorkingDays: 15, maxExtensionWorkingDays: 15 }),
});

/**
 * The rules in force here: the defaults, with the applicant's minimum time to correct read from
 * GONGKAI_CORRECTION_MIN_WORKING_DAYS (a whole number of working days, at least 1; anything else keeps 10).
 * The one place the environment is read for the clock.
 */
export function clockRulesFromEnv(env: Record<string, string | undefined> = process.env): Readonly<ClockRules> {
  const raw = env.GONGKAI_CORRECTION_MIN_WORKING_DAYS?.trim();
  const value = raw ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < 1) return DEFAULT_CLOCK_RULES;
  return Object.freeze({ ...DEFAULT_CLOCK_RULES, correctionMinWorkingDays: value });
}

/** The rules the use cases and pages apply. */
export const CLOCK_RULES: Readonly<ClockRules> = clockRulesFromEnv();

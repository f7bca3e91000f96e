// The statutory time limits of the reply clock (条例 art. 30–35, 国办函〔2020〕109号), in one place.
// computeClock takes them as a parameter so a reading can be changed (or a region's practice
// configured) without touching the arithmetic.

export type ClockRules = {
  /** 条例 art. 33 ¶2: reply within 20 working days of receipt (收到申请之日起20个工作日内). */
  replyWorkingDays: number;
  /** 条例 art. 30: the single 补正 (correction) notice is due within 7 working days of receipt; later is only warned about. */
  correctionNoticeWorkingDays: number;
  /** 条例 art. 32: the third party gives its opinion within 15 working days of the request for it. */
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
};

export const DEFAULT_CLOCK_RULES: Readonly<ClockRules> = Object.freeze({
  replyWorkingDays: 20,
  correctionNoticeWorkingDays: 7,
  thirdPartyWorkingDays: 15,
  agencyOpinionWorkingDays: 15,
  maxExtensionWorkingDays: 20,
  feeNoticePausesClock: true,
});

// 信息处理费 information processing fee (国办函〔2020〕109号《政府信息公开信息处理费管理办法》).
// Free by default; an agency may charge only when an applicant's requests exceed a quantity or a frequency,
// and then per request (按件计收, art. 4) OR per page (按量计收, art. 5) — never both for one request (art. 3).
// Both scales are progressive (超额累进): each unit pays the price of the band it falls in.
//
// Amounts are whole 元 (integers): every price in the scales is a whole number of 元, so no rounding arises.

export type FeeMethod = "PER_REQUEST" | "PER_PAGE";

/** One band of the computation: units `from`–`to` (requests or pages) at `unitYuan` each. */
export type FeeBreakdownRow = { from: number; to: number; unitYuan: number; count: number; subtotalYuan: number };

export type FeeSuggestion = { method: FeeMethod; amountYuan: number; breakdown: FeeBreakdownRow[] };

export type FeeInput = { method: "PER_REQUEST"; nthInMonth: number } | { method: "PER_PAGE"; pages: number };

/** art. 4: requests of the same applicant in one calendar month (自然月), 1st–10th free. */
export const FREE_REQUESTS_PER_MONTH = 10;
/** art. 4 (二): the 11th–30th request, 100元 each. */
const SECOND_BAND_LAST = 30;
const SECOND_BAND_YUAN = 100;
/** art. 4 (三): from the 31st, bands of 10 requests, each band 100元 dearer than the one before. */
const LATER_BAND_SIZE = 10;
const LATER_BAND_STEP_YUAN = 100;

/** art. 5: marginal page bands (…的部分); the last band has no upper end. */
export const PAGE_BANDS: readonly { from: number; to: number; unitYuan: number }[] = [
  { from: 1, to: 30, unitYuan: 0 },
  { from: 31, to: 100, unitYuan: 10 },
  { from: 101, to: 200, unitYuan: 20 },
  { from: 201, to: Number.POSITIVE_INFINITY, unitYuan: 40 },
];

function checkCount(value: number, min: number, what: string) {
  if (!Number.isSafeInteger(value) || value < min)
    throw new RangeError(`${what} must be a whole number ≥ ${min}, got ${value}`);
}

/** The band of the n-th request of an applicant in a calendar month: its first and last request and its price. */
function requestBand(n: number): { from: number; to: number; unitYuan: number } {
  if (n <= FREE_REQUESTS_PER_MONTH) return { from: 1, to: FREE_REQUESTS_PER_MONTH, unitYuan: 0 };
  if (n <= SECOND_BAND_LAST)
    return { from: FREE_REQUESTS_PER_MONTH + 1, to: SECOND_BAND_LAST, unitYuan: SECOND_BAND_YUAN };
  const band = Math.ceil((n - SECOND_BAND_LAST) / LATER_BAND_SIZE); // 31–40 → 1, 41–50 → 2, …
  const from = SECOND_BAND_LAST + (band - 1) * LATER_BAND_SIZE + 1;
  return { from, to: from + LATER_BAND_SIZE - 1, unitYuan: SECOND_BAND_YUAN + band * LATER_BAND_STEP_YUAN };
}

/** The fee in 元 for the applicant's n-th request in one calendar month (n ≥ 1), charged per request. */
export function feeForNthRequestInMonth(n: number): number {
  checkCount(n, 1, "the request's number in the month");
  return requestBand(n).unitYuan;
}

function pageBreakdown(pages: number): FeeBreakdownRow[] {
  const rows: FeeBreakdownRow[] = [];
  for (const band of PAGE_BANDS) {
    if (pages < band.from) break;
    const to = Math.min(pages, band.to);
    const count = to - band.from + 1;
    rows.push({ from: band.from, to, unitYuan: band.unitYuan, count, subtotalYuan: count * band.unitYuan });
  }
  return rows;
}

/** The fee in 元 for a request of `pages` pages (pages ≥ 0), charged per page. */
export function feeForPages(pages: number): number {
  checkCount(pages, 0, "the number of pages");
  return pageBreakdown(pages).reduce((sum, row) => sum + row.subtotalYuan, 0);
}

/**
 * The fee an agency may charge, with its computation. PER_REQUEST: one row, the n-th request at its band's
 * price (from = to = n). PER_PAGE: one row per band the pages reach, free band included.
 * Whether to charge at all (excessive quantity or frequency) is the agency's decision, not computed here.
 */
export function suggestFee(input: FeeInput): FeeSuggestion {
  if (input.method === "PER_REQUEST") {
    const amountYuan = feeForNthRequestInMonth(input.nthInMonth);
    const n = input.nthInMonth;
    return {
      method: input.method,
      amountYuan,
      breakdown: [{ from: n, to: n, unitYuan: amountYuan, count: 1, subtotalYuan: amountYuan }],
    };
  }
  if (input.method === "PER_PAGE") {
    checkCount(input.pages, 0, "the number of pages");
    const breakdown = pageBreakdown(input.pages);
    return { method: input.method, amountYuan: breakdown.reduce((sum, row) => sum + row.subtotalYuan, 0), breakdown };
  }
  const unknown: never = input;
  throw new RangeError(`unknown fee method ${JSON.stringify((unknown as { method: unknown }).method)}`);
}

/** The band of the n-th request, for showing "第31–40件 200元/件" next to a suggestion. */
export function requestBandOf(n: number): { from: number; to: number; unitYuan: number } {
  checkCount(n, 1, "the request's number in the month");
  return requestBand(n);
}

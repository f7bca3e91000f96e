// The reply letter as a PDF, written by hand (lib/pdf): A4, subsets of fonts covering GB 18030-2022 embedded (an
// applicant named 王𬌗 gets their name printed, in every reader), a few tens of kilobytes, and the text is
// extractable (pdf.js, search, 读屏).
//
// Layout after the 公文 format (GB/T 9704) in spirit: the agency's name as 抬头 above a red rule, the letter's
// 文号 (the agency's own series, assigned at approval; never the tracking code), the title centred, the body with two-character first-line indents, the
// agency and the date as 落款 on the right, page numbers "— n —" at the foot.
import type { RequestOutcome } from "@/lib/generated/prisma/enums";
import { chinaToday, fromDbDate, type CalendarDate } from "@/lib/calendar/calendar-date";
import { textWidth, wrapText } from "@/lib/pdf/cjk-text";
import { LETTER_GEOMETRY, PageFlow } from "@/lib/pdf/page-flow";
import { A4, writePdf } from "@/lib/pdf/write-pdf";
import { renderBody } from "@/lib/items/render-body";
import { replyTitle } from "./legal-grounds";
import { chineseDate, letterParagraphs } from "./letter";

export type ReplyLetterPdfInput = {
  agencyName: string;
  applicantName: string;
  trackingCode: string;
  /** 文号, e.g. 元商务依申〔2026〕7号; null before a leader approves the letter. */
  letterNumber?: string | null;
  letterMarkdown: string;
  /** The date of the letter: the day it was sent, else the day it was approved (a preview before sending). */
  sentOn?: Date | CalendarDate | null;
  approvedOn?: Date | CalendarDate | null;
  /** The heading; by default 政府信息公开申请答复书/告知书 from `outcome`, else 答复书. */
  title?: string;
  outcome?: RequestOutcome;
};

/** Where a draft's 文号 will be. */
export const LETTER_NUMBER_PENDING = "（文号在领导批准时编定）";

// A4 in points, and the type area (lib/pdf/page-flow.ts LETTER_GEOMETRY).
const PAGE_W = A4.width;
const MARGIN_LEFT = LETTER_GEOMETRY.marginLeft;
const MARGIN_RIGHT = LETTER_GEOMETRY.marginRight;
const BODY_SIZE = 15;
const LINE_HEIGHT = LETTER_GEOMETRY.lineHeight;
const TEXT_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT;

// The line breaking is shared with the annual report's PDF (lib/pdf); re-exported for this module's callers.
export { wrapText };

function dateOf(value: Date | CalendarDate | null | undefined): CalendarDate | null {
  if (!value) return null;
  return typeof value === "string" ? value : fromDbDate(value);
}

/** The PDF of a reply letter. Same input, same bytes (no clock inside: the creation date is the letter's date). */
export async function replyLetterPdf(input: ReplyLetterPdfInput): Promise<Buffer> {
  const date = dateOf(input.sentOn) ?? dateOf(input.approvedOn) ?? chinaToday();
  const title = input.title ?? (input.outcome ? replyTitle(input.outcome) : "政府信息公开申请答复书");
  const red: [number, number, number] = [0.8, 0, 0];
  const pages = new PageFlow(LETTER_GEOMETRY);

  // 抬头: the agency's name in red, centred, above a red rule.
  const headSize = Math.min(26, Math.floor(TEXT_W / Math.max(1, textWidth(input.agencyName, 1))));
  pages.y -= 10;
  pages.line(headSize, input.agencyName, "center", 0, red);
  pages.gap(16);
  pages.ops.push(
    `${red.join(" ")} RG 1.5 w ${MARGIN_LEFT} ${pages.y.toFixed(2)} m ${(PAGE_W - MARGIN_RIGHT).toFixed(2)} ${pages.y.toFixed(2)} l S 0 0 0 RG`,
  );
  pages.gap(4);
  pages.line(BODY_SIZE, input.letterNumber ?? LETTER_NUMBER_PENDING, "center");
  pages.gap(14);
  for (const line of wrapText(title, 20, TEXT_W)) pages.line(20, line, "center");
  pages.gap(10);

  // Body: the letter's paragraphs; the salutation ("张三：") and list items are not indented.
  const paragraphs = letterParagraphs(renderBody(input.letterMarkdown));
  for (const [i, paragraph] of paragraphs.entries()) {
    const salutation = i === 0 && paragraph.endsWith("：") && paragraph.length <= 40;
    pages.paragraph(paragraph, BODY_SIZE, salutation || paragraph.startsWith("· ") ? 0 : 2);
  }

  // 落款: the agency and the date, right-aligned, kept together on one page.
  pages.gap(LINE_HEIGHT);
  pages.ensure(LINE_HEIGHT * 2);
  pages.line(BODY_SIZE, input.agencyName, "right");
  pages.line(BODY_SIZE, chineseDate(date), "right");

  return writePdf(pages.pages, { title: `${title}（${input.trackingCode}）`, date });
}

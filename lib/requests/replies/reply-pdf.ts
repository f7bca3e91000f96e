// The reply letter as a PDF, written by hand: A4, one non-embedded CJK font (STSong-Light through the predefined
// CMap UniGB-UCS2-H over Adobe-GB1), which every PDF reader renders with its own Song typeface. No font file
// ships with the document, so it stays a few kilobytes, and the text is extractable (pdf.js, search, 读屏).
//
// Layout after the 公文 format (GB/T 9704) in spirit: the agency's name as 抬头 above a red rule, a reference
// (文号-like, from the tracking code), the title centred, the body with two-character first-line indents, the
// agency and the date as 落款 on the right, page numbers "— n —" at the foot.
import type { RequestOutcome } from "@/lib/generated/prisma/enums";
import { chinaToday, fromDbDate, type CalendarDate } from "@/lib/calendar/calendar-date";
import { renderBody } from "@/lib/items/render-body";
import { replyTitle } from "./legal-grounds";
import { chineseDate, letterParagraphs } from "./letter";

export type ReplyLetterPdfInput = {
  agencyName: string;
  applicantName: string;
  trackingCode: string;
  letterMarkdown: string;
  /** The date of the letter: the day it was sent, else the day it was approved (a preview before sending). */
  sentOn?: Date | CalendarDate | null;
  approvedOn?: Date | CalendarDate | null;
  /** The heading; by default 政府信息公开申请答复书/告知书 from `outcome`, else 答复书. */
  title?: string;
  outcome?: RequestOutcome;
};

// A4 in points, and the type area.
const PAGE_W = 595.28;
const PAGE_H = 841.89;
const MARGIN_LEFT = 79; // 28 mm
const MARGIN_RIGHT = 74; // 26 mm
const MARGIN_TOP = 96;
const MARGIN_BOTTOM = 90;
const BODY_SIZE = 15;
const LINE_HEIGHT = 27;
const TEXT_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT;

/** Characters that must not begin a line (避头): they stay at the end of the line before, hanging into the margin. */
const NO_LINE_START = new Set(Array.from("，。、；：？！）》」』”’…—·,.;:?!)]%"));

/** Advance width in em: ASCII is half-width (/W gives its CIDs 500), everything else a full em. */
const widthEm = (char: string) => (char >= " " && char <= "~" ? 0.5 : 1);

/** Text in the UCS-2 the CMap expects; characters outside the Basic Multilingual Plane become "?" (none in practice). */
function hex(text: string): string {
  return Array.from(text, (c) => {
    const code = c.codePointAt(0)!;
    return (code > 0xffff ? 0x3f : code).toString(16).toUpperCase().padStart(4, "0");
  }).join("");
}

/** Breaks a paragraph into lines of at most `width` points at `size`, the first line indented by `indentEm`. */
export function wrapText(text: string, size: number, width: number, indentEm = 0): string[] {
  const lines: string[] = [];
  let line = "";
  let used = indentEm * size;
  for (const char of Array.from(text)) {
    if (char === "\n") {
      lines.push(line);
      line = "";
      used = 0;
      continue;
    }
    const w = widthEm(char) * size;
    if (used + w > width + 0.01 && line && !NO_LINE_START.has(char)) {
      lines.push(line);
      line = "";
      used = 0;
      if (char === " ") continue; // no space at the start of a line
    }
    line += char;
    used += w;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

const textWidth = (text: string, size: number) => Array.from(text).reduce((sum, c) => sum + widthEm(c) * size, 0);

type Op = string;

class Pages {
  pages: Op[][] = [[]];
  y = PAGE_H - MARGIN_TOP;

  get ops() {
    return this.pages[this.pages.length - 1];
  }

  /** Room for `height` more points on this page, or a new page. */
  ensure(height: number) {
    if (this.y - height < MARGIN_BOTTOM) {
      this.pages.push([]);
      this.y = PAGE_H - MARGIN_TOP;
    }
  }

  text(x: number, y: number, size: number, text: string, rgb?: [number, number, number]) {
    const color = rgb ? `${rgb.join(" ")} rg ` : "";
    this.ops.push(`BT ${color}/F1 ${size} Tf ${x.toFixed(2)} ${y.toFixed(2)} Td <${hex(text)}> Tj ET${rgb ? " 0 0 0 rg" : ""}`);
  }

  line(size: number, text: string, align: "left" | "center" | "right", indentEm = 0, rgb?: [number, number, number]) {
    this.ensure(LINE_HEIGHT);
    this.y -= LINE_HEIGHT;
    const w = textWidth(text, size);
    const x = align === "center" ? (PAGE_W - w) / 2 : align === "right" ? PAGE_W - MARGIN_RIGHT - w : MARGIN_LEFT + indentEm * size;
    this.text(x, this.y, size, text, rgb);
  }

  paragraph(text: string, size: number, indentEm: number) {
    wrapText(text, size, TEXT_W, indentEm).forEach((l, i) => this.line(size, l, "left", i === 0 ? indentEm : 0));
  }

  gap(points: number) {
    this.y -= points;
  }
}

function dateOf(value: Date | CalendarDate | null | undefined): CalendarDate | null {
  if (!value) return null;
  return typeof value === "string" ? value : fromDbDate(value);
}

/** The PDF of a reply letter. Same input, same bytes (no timestamps inside). */
export function replyLetterPdf(input: ReplyLetterPdfInput): Buffer {
  const date = dateOf(input.sentOn) ?? dateOf(input.approvedOn) ?? chinaToday();
  const title = input.title ?? (input.outcome ? replyTitle(input.outcome) : "政府信息公开申请答复书");
  const red: [number, number, number] = [0.8, 0, 0];
  const pages = new Pages();

  // 抬头: the agency's name in red, centred, above a red rule.
  const headSize = Math.min(26, Math.floor(TEXT_W / Math.max(1, textWidth(input.agencyName, 1))));
  pages.y -= 10;
  pages.line(headSize, input.agencyName, "center", 0, red);
  pages.gap(16);
  pages.ops.push(`${red.join(" ")} RG 1.5 w ${MARGIN_LEFT} ${pages.y.toFixed(2)} m ${(PAGE_W - MARGIN_RIGHT).toFixed(2)} ${pages.y.toFixed(2)} l S 0 0 0 RG`);
  pages.gap(4);
  pages.line(BODY_SIZE, `（${date.slice(0, 4)}）依申请公开第 ${input.trackingCode} 号`, "center");
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

  return writePdf(pages.pages, { title: `${title}（${input.trackingCode}）` });
}

const latin1 = (text: string) => Buffer.from(text, "latin1");

/** Serialises the pages: catalog, page tree, the shared font, then each page and its content stream; xref at the end. */
function writePdf(pageOps: Op[][], info: { title: string }): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) ; // object number = index + 1
  const pageCount = pageOps.length;
  const firstPage = 7; // 1 catalog, 2 pages, 3 Type0 font, 4 CIDFont, 5 descriptor, 6 info
  const pageIds = pageOps.map((_, i) => firstPage + i * 2);
  add("<< /Type /Catalog /Pages 2 0 R >>");
  add(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pageCount} >>`);
  add("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>");
  // Adobe-GB1 CIDs 1–95 (proportional Latin) and 814–939 (half-width) get half an em, as the layout assumed.
  add("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 /W [1 95 500 814 939 500] >>");
  add("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>");
  add(`<< /Title <FEFF${hex(info.title)}> /Producer (Gongkai) >>`);
  pageOps.forEach((ops, i) => {
    const footer = `— ${i + 1} —`;
    const footerOp = `BT /F1 12 Tf ${((PAGE_W - textWidth(footer, 12)) / 2).toFixed(2)} 50 Td <${hex(footer)}> Tj ET`;
    const content = [...ops, ...(pageCount > 1 ? [footerOp] : [])].join("\n");
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i] + 1} 0 R >>`);
    add(`<< /Length ${latin1(content).length} >>\nstream\n${content}\nendstream`);
  });

  const chunks: Buffer[] = [latin1("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n")];
  let length = chunks[0].length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = latin1(`${i + 1} 0 obj\n${body}\nendobj\n`);
    chunks.push(chunk);
    length += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, "0000000000 65535 f \n", ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`)].join("");
  chunks.push(latin1(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(chunks);
}

// The annual report as a PDF (下载PDF), on the hand-written writer of lib/pdf: A4, embedded font subsets that
// cover GB 18030-2022, text extractable. It follows the outline of the report page (lib/reports/public/document.ts): title, 引言,
// 一 … 六 with the narrative, the tables as ruled cells in the official layout, the sentence on 信息处理费,
// and the agency and publication date as 落款.
import type { CalendarDate } from "@/lib/calendar/calendar-date";
import { renderBody } from "@/lib/items/render-body";
import { wrapText } from "@/lib/pdf/cjk-text";
import { PageFlow, type PageGeometry } from "@/lib/pdf/page-flow";
import { writePdf } from "@/lib/pdf/write-pdf";
import { letterParagraphs } from "@/lib/requests/replies/letter";
import { feesSentence, reportOutline, reportTitle, scopeSubtitle, signature } from "@/lib/reports/public/document";
import { reportGrids } from "@/lib/reports/public/table-grid";
import type { FrozenFigures, ReportFormat, ReportNarrative, ReportScope } from "@/lib/reports/types";
import { drawTable } from "./pdf-table";

export type ReportPdfInput = {
  agencyName: string;
  year: number;
  scope: ReportScope;
  format: ReportFormat;
  figures: FrozenFigures;
  narrative: ReportNarrative;
  publishedOn: CalendarDate;
  /** Shown under the title of a version that corrected an earlier one. */
  version?: { number: number; correctionReason: string };
};

// A wider type area than the letter's (25 mm margins): the tables need the width.
const GEOMETRY: PageGeometry = { marginLeft: 71, marginRight: 71, marginTop: 80, marginBottom: 80, lineHeight: 24 };
const BODY = 13;
const HEADING = 15;
const TITLE = 20;

export async function reportPdf(input: ReportPdfInput): Promise<Buffer> {
  const pages = new PageFlow(GEOMETRY);
  const title = reportTitle(input.agencyName, input.year);
  pages.gap(6);
  for (const line of wrapText(title, TITLE, pages.textWidth)) pages.line(TITLE, line, "center");
  const subtitle = scopeSubtitle(input.scope);
  if (subtitle) pages.line(BODY, subtitle, "center");
  if (input.version && input.version.number > 1) {
    for (const line of wrapText(
      `（第${input.version.number}版　更正原因：${input.version.correctionReason}）`,
      BODY - 2,
      pages.textWidth,
    ))
      pages.line(BODY - 2, line, "center");
  }
  pages.gap(12);

  for (const part of reportOutline(input.format)) {
    if (part.kind === "tables") {
      for (const grid of reportGrids(input.figures, part.view, input.year)) {
        pages.gap(6);
        drawTable(pages, grid, grid.key === "legacy" && part.legacyTitle ? part.legacyTitle : grid.title, HEADING);
        pages.gap(6);
      }
      continue;
    }
    if (part.title) {
      pages.gap(6);
      // A heading never ends a page: keep it with the first lines of its section.
      pages.ensure(GEOMETRY.lineHeight * 3);
      pages.line(HEADING, part.title, "left");
    }
    for (const paragraph of letterParagraphs(renderBody(input.narrative[part.section] ?? ""))) {
      pages.paragraph(paragraph, BODY, paragraph.startsWith("· ") ? 0 : 2);
    }
    if (part.withFees) pages.paragraph(feesSentence(input.year, input.figures.feesCollectedYuan, input.scope), BODY, 2);
  }

  // 落款: kept together on one page, right-aligned.
  const closing = signature(input.agencyName, input.publishedOn);
  pages.gap(GEOMETRY.lineHeight);
  pages.ensure(GEOMETRY.lineHeight * closing.length);
  for (const line of closing) pages.line(BODY, line, "right");

  return writePdf(pages.pages, {
    title: input.version && input.version.number > 1 ? `${title}（第${input.version.number}版）` : title,
    date: input.publishedOn,
  });
}

/** The file name offered for download, e.g. 三元区商务局2025年政府信息公开工作年度报告.pdf. */
export function reportPdfFileName(agencyName: string, year: number, version?: number): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what a file name must not hold
  const safe = reportTitle(agencyName, year).replace(/[\\/:*?"<>|\u0000-\u001f]/g, "");
  return `${safe}${version ? `（第${version}版）` : ""}.pdf`;
}

/** Content-Disposition: an ASCII name for old clients, the Chinese name per RFC 5987 / RFC 6266 for the rest. */
export function attachmentDisposition(fileName: string, asciiFallback: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiFallback.replace(/[^\w.-]/g, "_")}"; filename*=UTF-8''${encoded}`;
}

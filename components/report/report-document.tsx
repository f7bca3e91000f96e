// The annual report laid out like the official document: title, 引言, 一 … 六 with the tables in their places,
// the sentence on 信息处理费, and the agency and date as 落款. Narrative Markdown is rendered and sanitised by
// renderBody (no script, style or foreign frame can reach the page). Follows the outline the PDF follows.
import { renderBody } from "@/lib/items/render-body";
import type { CalendarDate } from "@/lib/calendar/calendar-date";
import { feesSentence, reportOutline, reportTitle, scopeSubtitle, signature } from "@/lib/reports/public/document";
import type { ComputedReport, FrozenFigures, ReportFormat, ReportNarrative, ReportScope } from "@/lib/reports/types";
import { ReportTables, type CellHref } from "./report-tables";

/** The narrative's own headings sit under the section's h2: h2 → h3 … (sanitised HTML has bare heading tags). */
export function nestHeadings(html: string): string {
  return html.replace(/<(\/?)h([2-5])>/g, (_, slash: string, level: string) => `<${slash}h${Number(level) + 1}>`);
}

type Props = {
  agencyName: string;
  year: number;
  scope: ReportScope;
  format: ReportFormat;
  figures: FrozenFigures | ComputedReport;
  narrative: ReportNarrative;
  /** The publication date for the 落款; null on a preview of a draft. */
  publishedOn: CalendarDate | null;
  cellHref?: CellHref;
};

export function ReportDocument({ agencyName, year, scope, format, figures, narrative, publishedOn, cellHref }: Props) {
  const subtitle = scopeSubtitle(scope);
  return (
    <article className="report-document mx-auto max-w-4xl space-y-6 leading-loose [overflow-wrap:anywhere] print:max-w-none">
      <header className="text-center">
        <h1 className="text-2xl font-bold">{reportTitle(agencyName, year)}</h1>
        {subtitle ? <p className="text-stone-700">{subtitle}</p> : null}
      </header>
      {reportOutline(format).map((part) => {
        if (part.kind === "tables") {
          return (
            <ReportTables
              key={`tables-${part.view}`}
              figures={figures}
              view={part.view}
              year={year}
              cellHref={cellHref}
              titles={part.legacyTitle ? { legacy: part.legacyTitle } : undefined}
            />
          );
        }
        const html = nestHeadings(renderBody(narrative[part.section] ?? ""));
        const body = (
          <div
            className="report-narrative space-y-3 [&_p]:indent-8 [&_ol]:list-decimal [&_ol]:pl-8 [&_ul]:list-disc [&_ul]:pl-8 [&_a]:text-blue-800 [&_a]:underline"
            // biome-ignore lint/security/noDangerouslySetInnerHtml: renderBody sanitises the narrative's HTML just above (lib/items/render-body.ts); nestHeadings only renames h2–h5 tags
            dangerouslySetInnerHTML={{ __html: html }}
          />
        );
        if (!part.title)
          return (
            <div key={part.section} data-section={part.section}>
              {body}
            </div>
          );
        const id = `report-${part.section}`;
        return (
          <section key={part.section} aria-labelledby={id} data-section={part.section} className="space-y-2">
            <h2 id={id} className="text-xl font-semibold">
              {part.title}
            </h2>
            {body}
            {part.withFees ? (
              <p className="indent-8" data-fees>
                {feesSentence(year, figures.feesCollectedYuan, scope)}
              </p>
            ) : null}
          </section>
        );
      })}
      <footer className="space-y-1 pt-6 text-right">
        {signature(agencyName, publishedOn).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </footer>
    </article>
  );
}

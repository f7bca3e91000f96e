import { getTranslations } from "next-intl/server";
import { renderBody } from "@/lib/items/render-body";
import { NARRATIVE_SECTIONS, type ReportNarrative } from "@/lib/reports/types";

/** The narrative as read (a submitted working copy or a published version), Markdown sanitised on display. */
export async function ReportNarrativeView({
  narrative,
  headingLevel = 3,
}: {
  narrative: ReportNarrative;
  headingLevel?: 2 | 3;
}) {
  const t = await getTranslations("consoleReports.narrative");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="space-y-4" data-testid="report-narrative">
      {NARRATIVE_SECTIONS.map((section) => (
        <section key={section} className="space-y-1">
          <Heading className="font-semibold">{t(`sections.${section}`)}</Heading>
          {narrative[section].trim() ? (
            <div
              className="prose max-w-none"
              // biome-ignore lint/security/noDangerouslySetInnerHtml: renderBody sanitises the Markdown's HTML to a safe subset right here (lib/items/render-body.ts)
              dangerouslySetInnerHTML={{ __html: renderBody(narrative[section]) }}
            />
          ) : (
            <p className="text-stone-500">{t("empty")}</p>
          )}
        </section>
      ))}
    </div>
  );
}

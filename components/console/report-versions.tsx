import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { fromDbDate } from "@/lib/calendar/calendar-date";

type Version = {
  number: number;
  correctionReason: string;
  submittedById: string;
  approvedById: string;
  publishedOn: Date;
};

/** Every published version of a report, each readable as it was frozen, with who approved it and why it was corrected. */
export async function ReportVersions({
  reportId,
  versions,
  names,
}: {
  reportId: string;
  versions: Version[];
  names: Map<string, string>;
}) {
  const [t, tr] = await Promise.all([getTranslations("consoleReports.versions"), getTranslations("consoleReports")]);
  return (
    <section aria-labelledby="report-versions" className="space-y-3">
      <h2 id="report-versions" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {versions.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <DataTable
          testId="report-versions"
          headers={[t("number"), t("publishedOn"), t("submittedBy"), t("approvedBy"), t("reason"), null]}
        >
          {[...versions].reverse().map((v) => (
            <tr key={v.number} className="border-b border-stone-200">
              <td className="px-3 py-2">
                <Link href={`/console/reports/${reportId}/versions/${v.number}`} className="text-blue-800 underline">
                  {tr("versionNumber", { number: v.number })}
                </Link>
              </td>
              <td className="whitespace-nowrap px-3 py-2">{fromDbDate(v.publishedOn)}</td>
              <td className="px-3 py-2">{names.get(v.submittedById) ?? "—"}</td>
              <td className="px-3 py-2">{names.get(v.approvedById) ?? "—"}</td>
              <td className="px-3 py-2">{v.correctionReason || t("first")}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

// 版本记录: every published version of a report (版本 n, 发布日期, 更正原因), each readable at ?version=n.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { CalendarDate } from "@/lib/calendar/calendar-date";
import { reportHref } from "@/lib/reports/public/links";
import type { ReportScope } from "@/lib/reports/types";

type Props = {
  target: { agencyCode: string; year: number; scope: ReportScope };
  versions: { number: number; publishedOn: CalendarDate; correctionReason: string }[];
  current: number;
  latest: number;
};

export function ReportVersions({ target, versions, current, latest }: Props) {
  const t = useTranslations("portalReports.versions");
  return (
    <section className="no-print space-y-2">
      <h2 id="versions-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <div role="region" aria-labelledby="versions-title" tabIndex={0} className="overflow-x-auto">
        <table aria-labelledby="versions-title" className="w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b border-stone-300 text-left">
              <th scope="col" className="px-3 py-2">
                {t("version")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("publishedOn")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("reason")}
              </th>
            </tr>
          </thead>
          <tbody>
            {[...versions].reverse().map((v) => (
              <tr
                key={v.number}
                className="border-b border-stone-200"
                aria-current={v.number === current ? "true" : undefined}
              >
                <th scope="row" className="px-3 py-2 text-left font-normal">
                  {v.number === current ? (
                    <span className="font-semibold">
                      {t("number", { number: v.number })}（{t("showing")}）
                    </span>
                  ) : (
                    <Link
                      href={reportHref({ ...target, version: v.number === latest ? undefined : v.number })}
                      className="text-blue-800 underline"
                    >
                      {t("number", { number: v.number })}
                    </Link>
                  )}
                </th>
                <td className="px-3 py-2">
                  <time dateTime={v.publishedOn}>{v.publishedOn}</time>
                </td>
                <td className="px-3 py-2">{v.number === 1 ? t("first") : v.correctionReason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

// A request list: tracking code, applicant type (never the applicant's name or ID number), what is
// sought, the dates, the working days left and who handles it.
import { DataTable } from "@/components/ui/data-table";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { RequestRow } from "@/lib/requests/console-views";
import { truncate } from "@/lib/text/characters";
import { RequestDaysLeft } from "./request-days-left";

const SHORT = 60;
const short = (text: string) => truncate(text, SHORT); // whole characters: never half of a rare one (𬌗)

export async function RequestTable({ rows, showAgency }: { rows: RequestRow[]; showAgency: boolean }) {
  const [t, tr] = await Promise.all([getTranslations("requestConsole"), getTranslations("requests")]);
  return (
    <DataTable
      headers={[
        t("columns.trackingCode"),
        showAgency ? t("columns.agency") : null,
        t("columns.applicantType"),
        t("columns.description"),
        t("columns.receivedOn"),
        t("columns.dueOn"),
        t("columns.daysLeft"),
        t("columns.state"),
        t("columns.assignee"),
      ]}
      dense
      testId="request-table"
    >
      {rows.map((row) => (
        <tr key={row.id} className="border-b border-stone-200 align-top" data-request={row.trackingCode}>
          <td className="whitespace-nowrap px-3 py-2 font-mono">
            <Link href={`/console/requests/${row.id}`} className="text-blue-800 underline">
              {row.trackingCode}
            </Link>
          </td>
          {showAgency ? <td className="px-3 py-2">{row.agencyShortName}</td> : null}
          <td className="px-3 py-2">{tr(`applicantTypes.${row.applicantType}`)}</td>
          <td className="px-3 py-2" title={row.description}>
            {short(row.description)}
          </td>
          <td className="whitespace-nowrap px-3 py-2">{row.receivedOn}</td>
          <td className="whitespace-nowrap px-3 py-2">
            {row.dueOn ?? t("noDeadline")}
            {row.correctionNoticeLate ? (
              <abbr
                title={t("correctionNoticeLateHint")}
                className="ml-1 rounded bg-red-100 px-1 text-xs text-red-900 no-underline"
                data-testid="correction-notice-late-badge"
              >
                {t("correctionNoticeLateBadge")}
              </abbr>
            ) : null}
            {row.dueOn && row.dueProvisional ? (
              <abbr
                title={t("provisionalHint")}
                className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-900 no-underline"
              >
                {t("provisional")}
              </abbr>
            ) : null}
          </td>
          <td className="whitespace-nowrap px-3 py-2">
            <RequestDaysLeft days={row.daysLeft} />
          </td>
          <td className="px-3 py-2">
            {row.state === "CLOSED" && row.outcome ? tr(`outcomes.${row.outcome}`) : tr(`states.${row.state}`)}
          </td>
          <td className="px-3 py-2">
            {row.assignee?.name ?? <span className="text-stone-500">{t("unassigned")}</span>}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

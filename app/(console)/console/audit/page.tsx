import { DataTable } from "@/components/ui/data-table";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DateTime } from "@/components/ui/date-time";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { listAgenciesForUser } from "@/lib/agencies/queries";
import { AUDIT_ENTITY_TYPES, AUDIT_EVENT_TYPES } from "@/lib/audit/events";
import { auditSentence } from "@/lib/audit/presentation";
import { listAuditEvents, parseAuditFilter } from "@/lib/audit/queries";
import { requirePageAccess } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";

export async function generateMetadata() {
  return { title: (await getTranslations("console.audit"))("title") };
}

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageAccess("audit.read");
  const filter = parseAuditFilter(await searchParams);
  const [t, { rows, nextBefore }, agencies] = await Promise.all([
    getTranslations(),
    listAuditEvents(user, filter),
    listAgenciesForUser(user),
  ]);
  const visibleAgencies = agencies.filter((a) => can(user, "audit.read", a.id));
  const { before: _before, ...kept } = filter;
  const nextHref = nextBefore
    ? `?${new URLSearchParams({ ...(kept as Record<string, string>), before: nextBefore })}`
    : null;
  return (
    <div>
      <PageHeader title={t("console.audit.title")} />
      <p className="mb-4 text-stone-700">{t("console.audit.intro")}</p>
      <form className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4" role="search">
        <div className="flex flex-col gap-1">
          <label htmlFor="f-agency" className="text-sm font-medium">
            {t("console.audit.agency")}
          </label>
          <select id="f-agency" name="agencyId" defaultValue={filter.agencyId ?? ""} className={inputClass}>
            <option value="">{t("common.all")}</option>
            {visibleAgencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="f-type" className="text-sm font-medium">
            {t("console.audit.type")}
          </label>
          <select id="f-type" name="type" defaultValue={filter.type ?? ""} className={inputClass}>
            <option value="">{t("common.all")}</option>
            {AUDIT_EVENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`console.audit.types.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="f-entity" className="text-sm font-medium">
            {t("console.audit.entity")}
          </label>
          <select id="f-entity" name="entityType" defaultValue={filter.entityType ?? ""} className={inputClass}>
            <option value="">{t("common.all")}</option>
            {AUDIT_ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`console.audit.entities.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="f-actor" className="text-sm font-medium">
            {t("console.audit.actor")}
          </label>
          <input id="f-actor" name="actor" defaultValue={filter.actor ?? ""} className={inputClass} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="f-from" className="text-sm font-medium">
            {t("console.audit.from")}
          </label>
          <input id="f-from" name="from" type="date" defaultValue={filter.from ?? ""} className={inputClass} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="f-to" className="text-sm font-medium">
            {t("console.audit.to")}
          </label>
          <input id="f-to" name="to" type="date" defaultValue={filter.to ?? ""} className={inputClass} />
        </div>
        {filter.entityId ? <input type="hidden" name="entityId" value={filter.entityId} /> : null}
        <div className="flex items-end gap-2">
          <button type="submit" className="rounded border border-stone-400 bg-white px-4 py-2">
            {t("common.search")}
          </button>
          <Link href="/console/audit" className="px-2 py-2 underline">
            {t("common.reset")}
          </Link>
        </div>
      </form>
      {rows.length === 0 ? (
        <p>{t("console.audit.empty")}</p>
      ) : (
        <DataTable
          headers={[
            t("console.audit.at"),
            t("console.audit.actor"),
            t("console.audit.agency"),
            t("console.audit.type"),
            t("console.audit.entity"),
            t("console.audit.details"),
          ]}
          dense
        >
          {rows.map((row) => (
            <tr key={row.id.toString()} className="border-b border-stone-200 align-top" data-audit-type={row.type}>
              <td className="whitespace-nowrap px-3 py-2">
                <DateTime value={row.at} />
              </td>
              <td className="px-3 py-2">
                {row.actorLabel}
                {row.clientIp ? <span className="block text-stone-500">{row.clientIp}</span> : null}
              </td>
              <td className="px-3 py-2">{row.agency?.shortName ?? ""}</td>
              <td className="px-3 py-2">
                {t.has(`console.audit.types.${row.type}`) ? t(`console.audit.types.${row.type}`) : row.type}
              </td>
              <td className="px-3 py-2">
                <Link
                  href={`/console/audit?entityType=${row.entityType}&entityId=${row.entityId}`}
                  className="text-blue-800 underline"
                >
                  {t.has(`console.audit.entities.${row.entityType}`)
                    ? t(`console.audit.entities.${row.entityType}`)
                    : row.entityType}
                </Link>
              </td>
              <td className="px-3 py-2">
                <span data-testid="audit-sentence">{auditSentence(t, row)}</span>
                {/* The stored record as it is, for whoever needs the exact values. */}
                <details className="mt-1 text-xs text-stone-600">
                  <summary className="cursor-pointer">{t("console.audit.rawRecord")}</summary>
                  <pre className="font-mono whitespace-pre-wrap break-all">{JSON.stringify(row.payload, null, 1)}</pre>
                </details>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {nextHref ? (
        <p className="mt-4">
          <Link href={nextHref} className="underline">
            {t("common.nextPage")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}

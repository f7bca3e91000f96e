import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RequestTable } from "@/components/console/request-table";
import { TabLinks } from "@/components/console/tab-links";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/auth/page-guards";
import { agencyScope, canAnywhere } from "@/lib/auth/permissions";
import { isRequestView, listRequestView, REQUEST_VIEWS, type RequestView } from "@/lib/requests/console-views";

export async function generateMetadata() {
  return { title: (await getTranslations("requestConsole"))("title") };
}

export default async function RequestsPage({ searchParams }: { searchParams: Promise<{ view?: string }> }) {
  const user = await requirePageAccess("request.read");
  const requested = (await searchParams).view;
  // Leaders start with what waits for them, staff with the new requests.
  const fallback: RequestView =
    canAnywhere(user, "request.approve") && !canAnywhere(user, "request.handle") ? "approval" : "new";
  const view: RequestView = isRequestView(requested) ? requested : fallback;
  const views = REQUEST_VIEWS.filter((v) => v !== "approval" || canAnywhere(user, "request.approve"));
  const [t, rows] = await Promise.all([getTranslations("requestConsole"), listRequestView(user, view)]);
  const scope = agencyScope(user, "request.read");
  return (
    <div>
      <PageHeader title={t("title")}>
        {canAnywhere(user, "request.register") ? (
          <Link
            href="/console/requests/new"
            className="rounded bg-gov-red px-4 py-2 font-medium text-white hover:bg-gov-red-dark"
          >
            {t("register")}
          </Link>
        ) : null}
      </PageHeader>
      <TabLinks
        label={t("list")}
        className="mb-2"
        tabs={views.map((v) => ({
          key: v,
          href: `/console/requests?view=${v}`,
          label: t(`views.${v}`),
          current: v === view,
        }))}
      />
      <p className="mb-4 text-sm text-stone-600">{t(`viewHints.${view}`)}</p>
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <RequestTable rows={rows} showAgency={scope === "all" || scope.length > 1} />
      )}
    </div>
  );
}

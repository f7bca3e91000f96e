import { DataTable } from "@/components/ui/data-table";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TabLinks } from "@/components/console/tab-links";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/auth/page-guards";
import { canAnywhere } from "@/lib/auth/permissions";
import { ITEM_VIEWS, listItemView, type ItemView } from "@/lib/items/console-views";

export async function generateMetadata() {
  return { title: (await getTranslations("items"))("title") };
}

export default async function ItemsPage({ searchParams }: { searchParams: Promise<{ view?: string }> }) {
  const user = await requirePageAccess("item.read");
  const requested = (await searchParams).view;
  const view: ItemView = ITEM_VIEWS.includes(requested as ItemView) ? (requested as ItemView) : "all";
  const [t, tImport, items] = await Promise.all([
    getTranslations("items"),
    getTranslations("itemImport"),
    listItemView(user, view),
  ]);
  return (
    <div>
      <PageHeader title={t("title")}>
        {canAnywhere(user, "item.draft") ? (
          <Link
            href="/console/items/new"
            className="rounded bg-gov-red px-4 py-2 font-medium text-white hover:bg-gov-red-dark"
          >
            {t("new")}
          </Link>
        ) : null}
        {canAnywhere(user, "item.import") ? (
          <Link
            href="/console/items/import"
            className="rounded border border-stone-400 bg-white px-4 py-2 font-medium text-stone-900 hover:bg-stone-100"
          >
            {tImport("link")}
          </Link>
        ) : null}
      </PageHeader>
      <TabLinks
        label={t("list")}
        className="mb-4"
        tabs={ITEM_VIEWS.map((v) => ({
          key: v,
          href: `/console/items?view=${v}`,
          label: t(`console.views.${v}`),
          current: v === view,
        }))}
      />
      {items.length === 0 ? (
        <p>{t("console.empty")}</p>
      ) : (
        <DataTable
          headers={[
            t("fields.title"),
            t("fields.indexNumber"),
            t("fields.agencyId"),
            t("fields.status"),
            t("fields.drafter"),
          ]}
          dense
        >
          {items.map((item) => {
            const latest = item.revisions[0];
            return (
              <tr key={item.id} className="border-b border-stone-200">
                <td className="px-3 py-2">
                  <Link href={`/console/items/${item.id}`} className="text-blue-800 underline">
                    {latest?.title}
                  </Link>
                </td>
                <td className="whitespace-nowrap px-3 py-2 font-mono">{item.indexNumber ?? "—"}</td>
                <td className="px-3 py-2">{item.agency.shortName}</td>
                <td className="px-3 py-2">
                  {t(`states.${item.state}`)}
                  {latest && latest.status !== "APPROVED" && latest.status !== "SUPERSEDED"
                    ? ` · ${t(`revisionStatus.${latest.status}`)}`
                    : ""}
                </td>
                <td className="px-3 py-2">{latest?.drafter.name}</td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </div>
  );
}

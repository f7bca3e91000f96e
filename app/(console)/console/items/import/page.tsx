import { getTranslations } from "next-intl/server";
import { ItemImportForm } from "@/components/console/item-import-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/auth/page-guards";
import { IMPORT_MAX_ROWS } from "@/lib/items/import/columns";
import { listImportAgencies } from "@/lib/items/import/queries";
import { importItemsAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("itemImport"))("title") };
}

export default async function ItemImportPage() {
  const user = await requirePageAccess("item.import");
  const [t, agencies] = await Promise.all([getTranslations("itemImport"), listImportAgencies(user)]);
  return (
    <div className="max-w-4xl">
      <PageHeader title={t("title")} />
      <p className="mb-4">{t("intro")}</p>
      <section className="mb-6 rounded border border-stone-300 bg-stone-50 p-4">
        <a href="/console/items/import/template" download className="font-medium text-blue-800 underline">
          {t("template")}
        </a>
        <p className="mt-1 text-sm text-stone-700">{t("templateHint")}</p>
      </section>
      {agencies.length === 0 ? (
        <p>{t("noAgency")}</p>
      ) : (
        <ItemImportForm action={importItemsAction} agencies={agencies} maxRows={IMPORT_MAX_ROWS} />
      )}
    </div>
  );
}

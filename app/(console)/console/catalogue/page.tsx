import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CategoryForm, ItemSettingsForm, RemoveCategoryForm } from "@/components/console/catalogue-forms";
import { TabLinks } from "@/components/console/tab-links";
import { PageHeader } from "@/components/ui/page-header";
import { listAgenciesForUser } from "@/lib/agencies/queries";
import { requirePageAccess } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { listCatalogue } from "@/lib/catalogue/manage-categories";
import { createCategoryAction, removeCategoryAction, updateCategoryAction, updateSettingsAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("catalogue"))("title") };
}

export default async function CataloguePage({ searchParams }: { searchParams: Promise<{ agencyId?: string }> }) {
  const user = await requirePageAccess("catalogue.manage");
  const [t, agencies] = await Promise.all([getTranslations("catalogue"), listAgenciesForUser(user)]);
  const manageable = agencies.filter((a) => can(user, "catalogue.manage", a.id));
  const requested = (await searchParams).agencyId;
  const agency = requested
    ? manageable.find((a) => a.id === requested)
    : (manageable.find((a) => a.parentId !== null) ?? manageable[0]);
  if (!agency) notFound();
  const tree = await listCatalogue(agency.id);
  const parents = tree.map((c) => ({ id: c.id, name: c.name }));
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} />
      <p className="text-stone-700">{t("intro")}</p>
      {manageable.length > 1 ? (
        <TabLinks
          label={t("agency")}
          tabs={manageable.map((a) => ({
            key: a.id,
            href: `/console/catalogue?agencyId=${a.id}`,
            label: a.shortName,
            current: a.id === agency.id,
          }))}
        />
      ) : null}
      <section aria-labelledby="categories-title" className="space-y-4">
        <h2 id="categories-title" className="text-lg font-semibold">
          {t("categories")}：{agency.name}
        </h2>
        {tree.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <ul className="space-y-3">
            {tree.map((top) => (
              <li key={top.id} className="space-y-2 rounded border border-stone-300 bg-white p-3">
                <div className="flex flex-wrap items-end gap-3">
                  <CategoryForm
                    idPrefix={`c-${top.id}`}
                    action={updateCategoryAction.bind(null, top.id)}
                    parents={[]}
                    category={top}
                  />
                  <span className="text-sm text-stone-600">
                    {t("items")}：{top._count.revisions}
                  </span>
                  <RemoveCategoryForm action={removeCategoryAction.bind(null, top.id)} />
                </div>
                {top.children.length ? (
                  <ul className="ml-6 space-y-2 border-l border-stone-300 pl-4">
                    {top.children.map((child) => (
                      <li key={child.id} className="flex flex-wrap items-end gap-3">
                        <CategoryForm
                          idPrefix={`c-${child.id}`}
                          action={updateCategoryAction.bind(null, child.id)}
                          parents={parents.filter((p) => p.id !== child.id)}
                          category={child}
                        />
                        <span className="text-sm text-stone-600">
                          {t("items")}：{child._count.revisions}
                        </span>
                        <RemoveCategoryForm action={removeCategoryAction.bind(null, child.id)} />
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        <div className="rounded border border-dashed border-stone-400 p-3">
          <h3 className="mb-2 font-semibold">{t("newCategory")}</h3>
          <CategoryForm idPrefix="new" action={createCategoryAction.bind(null, agency.id)} parents={parents} />
        </div>
      </section>
      <section aria-labelledby="settings-title" className="space-y-3">
        <h2 id="settings-title" className="text-lg font-semibold">
          {t("settings")}
        </h2>
        <ItemSettingsForm action={updateSettingsAction.bind(null, agency.id)} settings={agency} />
      </section>
    </div>
  );
}

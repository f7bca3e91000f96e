import { getTranslations } from "next-intl/server";
import { ItemForm } from "@/components/console/item-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/auth/page-guards";
import { loadItemFormOptions } from "@/lib/items/form-options";
import { createItemAction } from "../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("items"))("new") };
}

export default async function NewItemPage() {
  const user = await requirePageAccess("item.draft");
  const [t, options] = await Promise.all([getTranslations("items"), loadItemFormOptions(user)]);
  return (
    <div>
      <PageHeader title={t("new")} />
      <ItemForm action={createItemAction} options={options} submitLabel={t("console.saveDraft")} />
    </div>
  );
}

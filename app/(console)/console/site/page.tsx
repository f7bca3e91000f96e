import { getTranslations } from "next-intl/server";
import { SiteSettingsForm } from "@/components/console/site-settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/auth/page-guards";
import { siteIdentity } from "@/lib/site/site-settings";
import { updateSiteSettingsAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("console.site"))("title") };
}

export default async function SiteSettingsPage() {
  await requirePageAccess("site.manage");
  const [t, identity] = await Promise.all([getTranslations("console.site"), siteIdentity()]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} />
      <p className="max-w-3xl text-stone-700">{t("intro")}</p>
      {identity.configured ? null : (
        <p className="max-w-3xl rounded border border-amber-600 bg-amber-50 p-3 text-amber-900">{t("notConfigured")}</p>
      )}
      <SiteSettingsForm action={updateSiteSettingsAction} values={identity} />
    </div>
  );
}

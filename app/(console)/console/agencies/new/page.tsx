import { getTranslations } from "next-intl/server";
import { AgencyForm } from "@/components/console/agency-form";
import { PageHeader } from "@/components/ui/page-header";
import { listAgenciesForUser } from "@/lib/agencies/queries";
import { requirePageAccess } from "@/lib/auth/page-guards";
import { createAgencyAction } from "../actions";

export default async function NewAgencyPage() {
  const user = await requirePageAccess("agency.create", undefined);
  const [t, agencies] = await Promise.all([getTranslations("console.agencies"), listAgenciesForUser(user)]);
  return (
    <div>
      <PageHeader title={t("new")} />
      <AgencyForm action={createAgencyAction} structural parents={agencies.map((a) => ({ id: a.id, name: a.name }))} />
    </div>
  );
}

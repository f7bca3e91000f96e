import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgencyForm } from "@/components/console/agency-form";
import { PageHeader } from "@/components/ui/page-header";
import { findAgencyForUser, listAgenciesForUser } from "@/lib/agencies/queries";
import { requirePageUser } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { updateAgencyAction } from "../actions";

export default async function AgencyPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const [{ id }, { created }] = await Promise.all([params, searchParams]);
  const user = await requirePageUser();
  // Scope lives in the query: another agency's id is simply not found.
  const agency = await findAgencyForUser(user, id);
  if (!agency || !can(user, "agency.update", agency.id)) notFound();
  const [t, agencies] = await Promise.all([
    getTranslations("console.agencies"),
    user.isPlatformAdmin ? listAgenciesForUser(user) : Promise.resolve([]),
  ]);
  return (
    <div>
      <PageHeader title={agency.name} />
      <AgencyForm
        action={updateAgencyAction.bind(null, agency.id)}
        agency={agency}
        structural={user.isPlatformAdmin}
        parents={agencies.filter((a) => a.id !== agency.id).map((a) => ({ id: a.id, name: a.name }))}
        initialMessage={created ? "console.agencies.created" : undefined}
      />
      <p className="mt-6 text-sm text-stone-600">
        {t("code")}：<span className="font-mono">{agency.code}</span>
      </p>
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import { AgencyDirectory } from "@/components/portal/agency-directory";
import { listPublicAgencies } from "@/lib/agencies/queries";

/** A portal section's landing page: its purpose, then the agencies it covers. */
export async function SectionPage({
  section,
  withContact,
}: {
  section: "guide" | "catalogue" | "requests" | "reports";
  withContact: boolean;
}) {
  const [t, agencies] = await Promise.all([getTranslations("portal"), listPublicAgencies()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t(`nav.${section}`)}</h1>
      <p className="max-w-3xl text-stone-700">{t(`section.${section}Intro`)}</p>
      <AgencyDirectory agencies={agencies} withContact={withContact} />
    </div>
  );
}

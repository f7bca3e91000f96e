import { Breadcrumbs } from "@/components/portal/breadcrumbs";
import { getTranslations } from "next-intl/server";
import { RequestAgencies } from "@/components/portal/request-agencies";
import { listPublicAgencies } from "@/lib/agencies/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("portal.nav"))("requests") };
}

/** 依申请公开: the right (条例 art. 27), the ways to apply, each agency's disclosure office, and tracking. */
export default async function Page() {
  const [t, agencies] = await Promise.all([getTranslations(), listPublicAgencies()]);
  return (
    <>
      <Breadcrumbs trail={[{ label: t("portal.nav.requests") }]} />
      <RequestAgencies title={t("portal.nav.requests")} agencies={agencies} />
    </>
  );
}

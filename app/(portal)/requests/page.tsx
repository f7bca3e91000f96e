import { getTranslations } from "next-intl/server";
import { SectionPage } from "@/components/portal/section-page";

export async function generateMetadata() {
  return { title: (await getTranslations("portal.nav"))("requests") };
}

export default function Page() {
  return <SectionPage section="requests" withContact={true} />;
}

import { getTranslations } from "next-intl/server";
import { SectionPage } from "@/components/portal/section-page";

export async function generateMetadata() {
  return { title: (await getTranslations("portal.nav"))("guide") };
}

export default function Page() {
  return <SectionPage section="guide" withContact={true} />;
}

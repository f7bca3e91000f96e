import { Breadcrumbs } from "@/components/portal/breadcrumbs";
import { Link } from "@/components/portal/link";
import { getTranslations } from "next-intl/server";
import { RequestTrackForm } from "@/components/portal/request-track-form";
import { trackRequestAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("requestPortal.track"))("title") };
}

export default async function Page() {
  const t = await getTranslations("requestPortal.track");
  return (
    <div className="space-y-4">
      <Breadcrumbs trail={["requests", { label: t("title") }]} />
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl text-stone-700">{t("intro")}</p>
      <RequestTrackForm action={trackRequestAction} />
      <p>
        <Link href="/requests" className="text-gov-red underline underline-offset-2">
          {t("apply")}
        </Link>
      </p>
    </div>
  );
}

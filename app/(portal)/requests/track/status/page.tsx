import { Breadcrumbs } from "@/components/portal/breadcrumbs";
import { Link } from "@/components/portal/link";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { RequestStatus } from "@/components/portal/request-status";
import { findTrackedRequest, TRACKING_COOKIE, verifyTrackingSession } from "@/lib/requests/tracking-session";
import { endTrackingAction } from "../actions";
import { submitCorrectionAction } from "../correction-actions";

export async function generateMetadata() {
  return { title: (await getTranslations("requestPortal.status"))("title"), robots: { index: false } };
}

/** The applicant's request, for the browser that looked it up in the last 30 minutes (signed cookie). */
export default async function Page({ searchParams }: { searchParams: Promise<{ corrected?: string }> }) {
  const requestId = verifyTrackingSession((await cookies()).get(TRACKING_COOKIE)?.value);
  const request = requestId ? await findTrackedRequest(requestId) : null;
  const t = await getTranslations("requestPortal.track");
  const crumbs = <Breadcrumbs trail={["requests", { label: t("title") }]} />;
  if (!request) {
    return (
      <div className="max-w-3xl space-y-4">
        {crumbs}
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p>{t("expired")}</p>
        <p>
          <Link href="/requests/track" className="font-medium text-gov-red underline underline-offset-2">
            {t("again")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <>
      {crumbs}
      <RequestStatus
        request={request}
        endAction={endTrackingAction}
        correctionAction={submitCorrectionAction}
        corrected={(await searchParams).corrected === "1"}
      />
    </>
  );
}

import { Breadcrumbs } from "@/components/portal/breadcrumbs";
import { Link } from "@/components/portal/link";
import { getTranslations } from "next-intl/server";
import { RequestForm } from "@/components/portal/request-form";
import { mailIsConfigured } from "@/lib/requests/receipt-mail";
import { listPublicAgencies } from "@/lib/agencies/queries";
import { attachmentMaxMb } from "@/lib/attachments/config";
import { submissionChallengeSettings } from "@/lib/requests/public-limits";
import { REQUEST_FILE_LIMITS } from "@/lib/requests/request-files";
import { submitRequestAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("requestPortal.form"))("title") };
}

/** 网络申请 to one agency (?agency=<code>); without a known agency, the list to choose from. */
export default async function Page({ searchParams }: { searchParams: Promise<{ agency?: string | string[] }> }) {
  const [{ agency: code }, agencies, t] = await Promise.all([
    searchParams,
    listPublicAgencies(),
    getTranslations("requestPortal"),
  ]);
  const agency = typeof code === "string" ? agencies.find((a) => a.code === code) : undefined;
  if (!agency) {
    return (
      <div className="space-y-4">
        <Breadcrumbs trail={["requests", { label: t("form.title") }]} />
        <h1 className="text-2xl font-semibold">{t("form.title")}</h1>
        <h2 className="text-lg font-semibold">{t("form.chooseAgency")}</h2>
        <ul className="space-y-2">
          {agencies.map((a) => (
            <li key={a.id}>
              <Link
                href={`/requests/new?agency=${encodeURIComponent(a.code)}`}
                className="text-gov-red underline underline-offset-2"
              >
                {a.name}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <>
      <Breadcrumbs trail={["requests", { label: t("form.title") }]} />
      <RequestForm
        agency={{ id: agency.id, name: agency.name }}
        action={submitRequestAction}
        maxFiles={REQUEST_FILE_LIMITS.maxFiles}
        maxMb={attachmentMaxMb()}
        challenge={submissionChallengeSettings().enabled}
        mailConfigured={mailIsConfigured()}
      />
    </>
  );
}

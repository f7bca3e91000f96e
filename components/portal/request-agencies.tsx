import { Link } from "@/components/portal/link";
import { getTranslations } from "next-intl/server";

type Agency = {
  id: string;
  code: string;
  name: string;
  address: string;
  postcode: string;
  phone: string;
  fax: string;
  email: string;
  officeHours: string;
  disclosureOffice: string;
};

/** The 依申请公开 landing page: what the right is, how to apply, where, and how to follow a request. */
export async function RequestAgencies({ title, agencies }: { title: string; agencies: Agency[] }) {
  const t = await getTranslations("requestPortal.section");
  const tp = await getTranslations("portal.section");
  const ta = await getTranslations("console.agencies");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <section aria-labelledby="right-title" className="max-w-3xl space-y-2">
        <h2 id="right-title" className="text-lg font-semibold">
          {t("rightTitle")}
        </h2>
        <p className="text-stone-700">{t("right")}</p>
      </section>
      <section aria-labelledby="how-title" className="max-w-3xl space-y-2">
        <h2 id="how-title" className="text-lg font-semibold">
          {t("howTitle")}
        </h2>
        <ul className="list-disc space-y-1 pl-6 text-stone-700">
          <li>{t("online")}</li>
          <li>{t("inPerson")}</li>
          <li>{t("letter")}</li>
        </ul>
      </section>
      <section aria-labelledby="track-title" className="max-w-3xl rounded border border-stone-300 bg-white p-4">
        <h2 id="track-title" className="text-lg font-semibold">
          {t("trackTitle")}
        </h2>
        <p className="text-stone-700">{t("trackText")}</p>
        <p className="mt-2">
          <Link href="/requests/track" className="font-medium text-gov-red underline underline-offset-2">
            {t("trackLink")}
          </Link>
        </p>
      </section>
      <section aria-labelledby="agencies-title" className="space-y-3">
        <h2 id="agencies-title" className="text-lg font-semibold">
          {t("agenciesTitle")}
        </h2>
        {agencies.length === 0 ? <p>{t("noOnline")}</p> : null}
        <ul className="grid gap-4 sm:grid-cols-2">
          {agencies.map((agency) => (
            <li key={agency.id} className="flex flex-col rounded border border-stone-300 bg-white p-4">
              <h3 className="text-lg font-semibold">{agency.name}</h3>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                {agency.disclosureOffice ? (
                  <>
                    <dt className="text-stone-600">{tp("office")}</dt>
                    <dd>{agency.disclosureOffice}</dd>
                  </>
                ) : null}
                {agency.officeHours ? (
                  <>
                    <dt className="text-stone-600">{tp("officeHours")}</dt>
                    <dd>{agency.officeHours}</dd>
                  </>
                ) : null}
                {agency.address ? (
                  <>
                    <dt className="text-stone-600">{t("postalAddress")}</dt>
                    <dd>
                      {agency.address}
                      {agency.postcode ? `（${ta("postcode")} ${agency.postcode}）` : ""}
                    </dd>
                  </>
                ) : null}
                {agency.phone ? (
                  <>
                    <dt className="text-stone-600">{ta("phone")}</dt>
                    <dd>{agency.phone}</dd>
                  </>
                ) : null}
                {agency.fax ? (
                  <>
                    <dt className="text-stone-600">{ta("fax")}</dt>
                    <dd>{agency.fax}</dd>
                  </>
                ) : null}
                {agency.email ? (
                  <>
                    <dt className="text-stone-600">{ta("email")}</dt>
                    <dd className="break-all">{agency.email}</dd>
                  </>
                ) : null}
              </dl>
              <p className="mt-auto pt-3">
                <Link
                  href={`/requests/new?agency=${encodeURIComponent(agency.code)}`}
                  aria-label={t("applyOnlineTo", { agency: agency.name })}
                  className="inline-block rounded bg-gov-red px-4 py-2 font-medium text-white hover:bg-gov-red-dark"
                >
                  {t("applyOnline")}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

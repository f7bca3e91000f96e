import { getTranslations } from "next-intl/server";

type Agency = {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  address: string;
  postcode: string;
  phone: string;
  fax: string;
  email: string;
  officeHours: string;
  disclosureOffice: string;
};

/** The agencies of the portal with the office that handles disclosure and how to reach it. */
export async function AgencyDirectory({ agencies, withContact }: { agencies: Agency[]; withContact: boolean }) {
  const t = await getTranslations();
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {agencies.map((agency) => (
        <li key={agency.id} className="rounded border border-stone-300 bg-white p-4">
          <h2 className="text-lg font-semibold">{agency.name}</h2>
          {withContact ? (
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              {agency.disclosureOffice ? (
                <>
                  <dt className="text-stone-600">{t("portal.section.office")}</dt>
                  <dd>{agency.disclosureOffice}</dd>
                </>
              ) : null}
              {agency.officeHours ? (
                <>
                  <dt className="text-stone-600">{t("portal.section.officeHours")}</dt>
                  <dd>{agency.officeHours}</dd>
                </>
              ) : null}
              {agency.address ? (
                <>
                  <dt className="text-stone-600">{t("console.agencies.address")}</dt>
                  <dd>
                    {agency.address}
                    {agency.postcode ? `（${t("console.agencies.postcode")} ${agency.postcode}）` : ""}
                  </dd>
                </>
              ) : null}
              {agency.phone ? (
                <>
                  <dt className="text-stone-600">{t("console.agencies.phone")}</dt>
                  <dd>{agency.phone}</dd>
                </>
              ) : null}
              {agency.fax ? (
                <>
                  <dt className="text-stone-600">{t("console.agencies.fax")}</dt>
                  <dd>{agency.fax}</dd>
                </>
              ) : null}
              {agency.email ? (
                <>
                  <dt className="text-stone-600">{t("console.agencies.email")}</dt>
                  <dd>{agency.email}</dd>
                </>
              ) : null}
            </dl>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

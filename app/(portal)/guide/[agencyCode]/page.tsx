import { Breadcrumbs } from "@/components/portal/breadcrumbs";
import { Link } from "@/components/portal/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { listCatalogue } from "@/lib/catalogue/manage-categories";
import { findPublicAgencyByCode } from "@/lib/portal/agencies";

type Props = { params: Promise<{ agencyCode: string }> };

export async function generateMetadata({ params }: Props) {
  const agency = await findPublicAgencyByCode((await params).agencyCode);
  return { title: agency ? (await getTranslations("guide"))("agencyGuide", { agency: agency.name }) : "" };
}

/**
 * 政府信息公开指南 (条例 art. 12), generated from the agency's own data: how its information is classified
 * and arranged, how to obtain it, how to apply, and the office's address, hours, phone, fax and e-mail.
 */
export default async function AgencyGuidePage({ params }: Props) {
  const agency = await findPublicAgencyByCode((await params).agencyCode);
  if (!agency) notFound();
  const [t, tree] = await Promise.all([getTranslations("guide"), listCatalogue(agency.id)]);
  const contact: [string, string][] = [
    [t("office"), agency.disclosureOffice],
    [t("address"), agency.address],
    [t("postcode"), agency.postcode],
    [t("officeHours"), agency.officeHours],
    [t("phone"), agency.phone],
    [t("fax"), agency.fax],
    [t("email"), agency.email],
    [t("website"), agency.website],
  ].filter((row): row is [string, string] => Boolean(row[1]));
  return (
    <article className="mx-auto max-w-3xl space-y-6 leading-loose">
      <Breadcrumbs trail={["guide", { label: agency.name }]} />
      <h1 className="text-center text-2xl font-bold">{t("agencyGuide", { agency: agency.name })}</h1>
      <p>{t("preamble", { agency: agency.name })}</p>

      <section aria-labelledby="g1" className="space-y-2">
        <h2 id="g1" className="text-xl font-semibold">
          {t("proactiveTitle")}
        </h2>
        <p>{t("proactiveScope")}</p>
        <p>{t("arrangement")}</p>
        {tree.length ? (
          <ul className="list-disc pl-8">
            {tree
              .filter((c) => c.active)
              .map((c) => (
                <li key={c.id}>
                  {c.name}
                  {c.children.length
                    ? `（${c.children
                        .filter((x) => x.active)
                        .map((x) => x.name)
                        .join("、")}）`
                    : ""}
                </li>
              ))}
          </ul>
        ) : null}
        <p>
          {t("howToObtain")}{" "}
          <Link href={`/catalogue/${agency.code}`} className="text-blue-800 underline">
            {t("catalogueLink")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="g2" className="space-y-2">
        <h2 id="g2" className="text-xl font-semibold">
          {t("requestTitle")}
        </h2>
        <p>{t("requestWho")}</p>
        <p>
          {t("requestHow")}{" "}
          <Link href="/requests" className="text-blue-800 underline">
            {t("requestLink")}
          </Link>
        </p>
        <p>{t("requestContent")}</p>
        <p>{t("requestTime")}</p>
        <p>{t("requestFee")}</p>
      </section>

      <section aria-labelledby="g3" className="space-y-2">
        <h2 id="g3" className="text-xl font-semibold">
          {t("officeTitle")}
        </h2>
        <table className="w-full border-collapse bg-white text-sm">
          <tbody>
            {contact.map(([label, value]) => (
              <tr key={label} className="border-b border-stone-200">
                <th scope="row" className="w-32 bg-stone-100 px-3 py-2 text-left font-medium">
                  {label}
                </th>
                <td className="px-3 py-2">{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="g4" className="space-y-2">
        <h2 id="g4" className="text-xl font-semibold">
          {t("remediesTitle")}
        </h2>
        <p>{t("remedies")}</p>
      </section>
    </article>
  );
}

import { Breadcrumbs } from "@/components/portal/breadcrumbs";
import { Link } from "@/components/portal/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { fromDbDate } from "@/lib/calendar/calendar-date";
import { PrintButton } from "@/components/portal/print-button";
import { findPublicItem, findWithdrawnItemNotice } from "@/lib/items/public-queries";
import { articleMeta, pageIdentityMeta } from "@/lib/site/page-identity";
import { siteIdentity } from "@/lib/site/site-settings";
import { WithdrawnNotice } from "./withdrawn-notice";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  const { id } = await params;
  const item = await findPublicItem(id);
  const r = item?.liveRevision;
  if (!item || !r) {
    const withdrawn = await findWithdrawnItemNotice(id);
    return { title: withdrawn ? (await getTranslations("withdrawnItem"))("title") : "" };
  }
  const [t, site] = await Promise.all([getTranslations("items.public"), siteIdentity()]);
  return {
    title: r.title,
    description: r.summary || undefined,
    keywords: r.keywords.length ? r.keywords : undefined,
    // 《政府网站发展指引》's site and article tags (a page's `other` replaces the layout's, so both are here).
    other: {
      ...pageIdentityMeta(site),
      ...articleMeta({
        columnName: r.catalogueCategory?.name ?? t("column"),
        title: r.title,
        published: item.publishedOn ? fromDbDate(item.publishedOn) : "",
        contentSource: item.agency.name,
      }),
    },
  };
}

/** The public page of an item: the metadata table Chinese portals print on top, then body and attachments. */
export default async function PublicItemPage({ params }: Props) {
  const { id } = await params;
  const item = await findPublicItem(id);
  if (!item?.liveRevision) {
    // A withdrawn item was public: its address says so (410, set by lib/http/gone-items.ts) instead of a bare
    // 404. Withheld, draft and unknown items stay 404 with nothing about them.
    const withdrawn = await findWithdrawnItemNotice(id);
    if (withdrawn) return <WithdrawnNotice notice={withdrawn} />;
    notFound();
  }
  const t = await getTranslations("items");
  const r = item.liveRevision;
  const rows: [string, string][] = [
    [t("fields.indexNumber"), item.indexNumber ?? ""],
    [t("fields.agencyId"), item.agency.name],
    [t("fields.documentNumber"), r.documentNumber || "—"],
    [t("fields.writtenOn"), fromDbDate(r.writtenOn)],
    [t("fields.publishedOn"), item.publishedOn ? fromDbDate(item.publishedOn) : ""],
    [t("fields.subjectCategory"), t(`subjects.s${r.subjectCategory}`)],
    [t("fields.genre"), t(`genres.${r.genre}`)],
    [
      t("fields.validity"),
      item.validity === "VALID"
        ? t("validity.VALID")
        : `${t(`validity.${item.validity}`)}（${item.validityChangedOn ? fromDbDate(item.validityChangedOn) : ""}）`,
    ],
    [t("fields.channels"), r.channels.map((c) => t(`channels.${c}`)).join("、")],
  ];
  return (
    <article className="item-document space-y-6">
      <Breadcrumbs
        trail={["catalogue", { label: item.agency.name, href: `/catalogue/${item.agency.code}` }, { label: r.title }]}
      />
      <div className="flex justify-end">
        <PrintButton label={t("public.print")} />
      </div>
      {item.validity !== "VALID" ? (
        <p
          role="note"
          className="rounded border-2 border-red-800 bg-red-50 px-3 py-2 font-semibold text-red-900"
          data-testid="validity-banner"
        >
          {t("public.notInForce", {
            validity: t(`validity.${item.validity}`),
            date: item.validityChangedOn ? fromDbDate(item.validityChangedOn) : "",
          })}
        </p>
      ) : null}
      <table className="w-full border-collapse border border-stone-300 bg-white text-sm" data-testid="item-metadata">
        <tbody>
          {Array.from({ length: Math.ceil(rows.length / 2) }, (_, i) => rows.slice(i * 2, i * 2 + 2)).map((pair) => (
            <tr key={pair[0][0]} className="border-b border-stone-300">
              {pair.map(([label, value]) => (
                <Cell key={label} label={label} value={value} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h1 className="text-center text-2xl font-bold leading-relaxed">{r.title}</h1>
      {r.documentNumber ? <p className="text-center text-stone-700">{r.documentNumber}</p> : null}
      <div
        className="item-body mx-auto max-w-3xl text-lg leading-loose"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: bodyHtml was sanitised to a safe subset when it was saved (lib/items/render-body.ts)
        dangerouslySetInnerHTML={{ __html: r.bodyHtml }}
      />
      {r.attachments.length ? (
        <section aria-labelledby="attachments-title">
          <h2 id="attachments-title" className="text-lg font-semibold">
            {t("fields.attachments")}
          </h2>
          <ul className="list-disc pl-6">
            {r.attachments.map((a) => (
              <li key={a.id}>
                <a href={`/items/${item.id}/attachments/${a.id}`} className="text-blue-800 underline">
                  {a.fileName}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {item.interprets ? (
        <p>
          {t("public.interprets")}
          <Link href={`/items/${item.interprets.id}`} className="text-blue-800 underline">
            {item.interprets.liveRevision?.title}
          </Link>
        </p>
      ) : null}
      {item.interpretations.length ? (
        <section aria-labelledby="interpretations-title">
          <h2 id="interpretations-title" className="text-lg font-semibold">
            {t("public.interpretations")}
          </h2>
          <ul className="list-disc pl-6">
            {item.interpretations.map((x) => (
              <li key={x.id}>
                <Link href={`/items/${x.id}`} className="text-blue-800 underline">
                  {x.liveRevision?.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}

function Cell({ label, value }: { label: string; value: string }) {
  return (
    <>
      <th scope="row" className="w-28 bg-stone-100 px-3 py-2 text-left font-medium">
        {label}
      </th>
      <td className="px-3 py-2">{value}</td>
    </>
  );
}

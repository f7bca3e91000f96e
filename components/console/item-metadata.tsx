import { getLocale, getTranslations } from "next-intl/server";
import { fromDbDate } from "@/lib/calendar/calendar-date";
import { formatDate } from "@/lib/i18n/format-date";

type Revision = {
  title: string;
  documentNumber: string;
  writtenOn: Date;
  subjectCategory: string;
  genre: string;
  documentKind: string;
  channels: string[];
  keywords: string[];
  summary: string;
  disclosure: string;
  withholdGround: string | null;
  withholdReason: string | null;
  catalogueCategory?: { name: string } | null;
};

/** The metadata table of a revision as staff see it, including the 公开属性 decision and its grounds. */
export async function ItemMetadata({
  revision,
  agencyName,
  indexNumber,
  publishedOn,
  validity,
  categoryPath = [],
}: {
  revision: Revision;
  /** 目录分类 from the top level down, as the portal's catalogue files the item (lib/items/category-path.ts). */
  categoryPath?: string[];
  agencyName: string;
  indexNumber: string | null;
  publishedOn: Date | null;
  validity: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("items"), getLocale()]);
  const rows: [string, string][] = [
    [t("fields.indexNumber"), indexNumber ?? "—"],
    [t("fields.agencyId"), agencyName],
    [t("fields.documentNumber"), revision.documentNumber || "—"],
    [t("fields.writtenOn"), formatDate(locale, fromDbDate(revision.writtenOn))],
    [t("fields.publishedOn"), publishedOn ? formatDate(locale, fromDbDate(publishedOn)) : "—"],
    [t("fields.subjectCategory"), t(`subjects.s${revision.subjectCategory}`)],
    [
      t("fields.catalogueCategoryId"),
      categoryPath.length ? categoryPath.join(" › ") : (revision.catalogueCategory?.name ?? "—"),
    ],
    [t("fields.genre"), t(`genres.${revision.genre}`)],
    [t("fields.documentKind"), t(`documentKinds.${revision.documentKind}`)],
    [t("fields.channels"), revision.channels.map((c) => t(`channels.${c}`)).join("、")],
    [t("fields.validity"), t(`validity.${validity}`)],
    [t("fields.keywords"), revision.keywords.join("、") || "—"],
    [t("fields.disclosure"), t(`disclosure.${revision.disclosure}`)],
  ];
  if (revision.disclosure !== "PROACTIVE") {
    rows.push([t("fields.withholdGround"), revision.withholdGround ? t(`grounds.${revision.withholdGround}`) : "—"]);
    rows.push([t("fields.withholdReason"), revision.withholdReason ?? "—"]);
  }
  return (
    <table className="w-full border-collapse bg-white text-sm">
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label} className="border-b border-stone-200">
            <th scope="row" className="w-40 bg-stone-100 px-3 py-2 text-left font-medium">
              {label}
            </th>
            <td className="px-3 py-2">{value}</td>
          </tr>
        ))}
        {revision.summary ? (
          <tr className="border-b border-stone-200">
            <th scope="row" className="bg-stone-100 px-3 py-2 text-left font-medium">
              {t("fields.summary")}
            </th>
            <td className="px-3 py-2">{revision.summary}</td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}

// Atom 1.0 feeds (RFC 4287) of an agency's latest public items, and of one catalogue category with its
// sub-categories. Positions come from the search index, items through the visibility policy
// (lib/search/public-positions.ts).
import { createTranslator } from "next-intl";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/load-messages";
import { findPublicAgencyByCode } from "@/lib/portal/agencies";
import { publicItemPage, type PositionFilter } from "@/lib/search/public-positions";
import { activeCategory } from "./agencies";
import { element, xmlEscape } from "./xml";

export const FEED_SIZE = 50;
export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const ENTRY_SELECT = {
  id: true,
  publishedAt: true,
  updatedAt: true,
  liveRevision: {
    select: {
      title: true,
      documentNumber: true,
      summary: true,
      approvedAt: true,
      catalogueCategory: { select: { name: true } },
    },
  },
} satisfies Prisma.ItemSelect;
type EntryRow = Prisma.ItemGetPayload<{ select: typeof ENTRY_SELECT }>;

type Feed = {
  selfUrl: string;
  alternateUrl: string;
  title: string;
  subtitle: string;
  author: string;
  entries: EntryRow[];
  fallbackUpdated: Date;
};

/** When the public content of an entry last changed: the approval of its live revision (a 更正 republishes). */
const entryUpdated = (row: EntryRow) => row.liveRevision?.approvedAt ?? row.publishedAt ?? row.updatedAt;

export function renderAtom(base: string, feed: Feed): string {
  const updated = feed.entries.reduce(
    (latest, row) => new Date(Math.max(entryUpdated(row).getTime(), latest.getTime())),
    new Date(0),
  );
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">`,
    element("id", feed.selfUrl),
    element("title", feed.title),
    element("subtitle", feed.subtitle),
    element("updated", (feed.entries.length ? updated : feed.fallbackUpdated).toISOString()),
    `<link rel="self" type="application/atom+xml" href="${xmlEscape(feed.selfUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${xmlEscape(feed.alternateUrl)}"/>`,
    `<author>${element("name", feed.author)}</author>`,
    element("generator", "Gongkai"),
  ];
  for (const row of feed.entries) {
    const r = row.liveRevision!;
    const url = `${base}/items/${row.id}`;
    const title = r.documentNumber ? `${r.title}（${r.documentNumber}）` : r.title;
    lines.push(
      "<entry>",
      element("id", url),
      element("title", title),
      `<link rel="alternate" type="text/html" href="${xmlEscape(url)}"/>`,
      element("published", (row.publishedAt ?? entryUpdated(row)).toISOString()),
      element("updated", entryUpdated(row).toISOString()),
      ...(r.catalogueCategory ? [`<category term="${xmlEscape(r.catalogueCategory.name)}"/>`] : []),
      element("summary", r.summary || r.title, { type: "text" }),
      element("content", r.summary || r.title, { type: "text" }),
      "</entry>",
    );
  }
  lines.push("</feed>");
  return `${lines.join("\n")}\n`;
}

function feedTranslator() {
  return createTranslator({
    locale: DEFAULT_LOCALE,
    messages: loadMessages(DEFAULT_LOCALE),
    namespace: "openData.feeds",
    onError: () => {},
  }) as unknown as (key: string, params?: Record<string, string>) => string;
}

async function latestEntries(filter: PositionFilter) {
  return (await publicItemPage(filter, null, FEED_SIZE, ENTRY_SELECT)).rows;
}

/** The Atom document of an agency's latest public items, or null for an unknown or inactive agency. */
export async function agencyFeed(base: string, agencyCode: string): Promise<string | null> {
  const agency = await findPublicAgencyByCode(agencyCode);
  if (!agency) return null;
  const t = feedTranslator();
  const code = encodeURIComponent(agency.code);
  return renderAtom(base, {
    selfUrl: `${base}/feeds/agencies/${code}.atom`,
    alternateUrl: `${base}/catalogue/${code}`,
    title: t("agencyTitle", { agency: agency.name }),
    subtitle: t("subtitle", { agency: agency.name }),
    author: agency.name,
    entries: await latestEntries({ agencyId: agency.id }),
    fallbackUpdated: agency.updatedAt,
  });
}

/** The Atom document of one catalogue category (with its sub-categories), or null when either is unknown or inactive. */
export async function categoryFeed(base: string, agencyCode: string, categoryId: string): Promise<string | null> {
  if (!UUID.test(categoryId)) return null;
  const agency = await findPublicAgencyByCode(agencyCode);
  if (!agency) return null;
  const category = await activeCategory(categoryId, agency.id);
  if (!category) return null;
  const t = feedTranslator();
  const code = encodeURIComponent(agency.code);
  return renderAtom(base, {
    selfUrl: `${base}/feeds/agencies/${code}/categories/${category.id}.atom`,
    alternateUrl: `${base}/catalogue/${code}?category=${category.id}`,
    title: t("categoryTitle", { agency: agency.name, category: category.name }),
    subtitle: t("subtitle", { agency: agency.name }),
    author: agency.name,
    entries: await latestEntries({ agencyId: agency.id, category: category.id }),
    fallbackUpdated: agency.updatedAt,
  });
}

/** `name.atom` → `name`, or null for any other extension. */
export function stripAtom(segment: string): string | null {
  // Route params arrive decoded.
  return segment.endsWith(".atom") ? segment.slice(0, -".atom".length) : null;
}

export function atomResponse(xml: string | null): Response {
  if (xml === null)
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  return new Response(xml, {
    headers: {
      "Content-Type": ATOM_CONTENT_TYPE,
      "Cache-Control": "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

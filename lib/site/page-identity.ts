// 《政府网站发展指引》 asks every page of a government website to name itself in <meta> tags that the national
// monitoring (全国政府网站抽查) and search engines read: the site (SiteName, SiteDomain, SiteIDCode) on every page,
// and on an article page its column (ColumnName) and the article itself (ArticleTitle, PubDate, ContentSource).
import type { SiteIdentity } from "./site-settings";

type MetaTags = Record<string, string>;

/** The site's tags; a value not set is left out rather than sent empty. */
export function pageIdentityMeta(site: SiteIdentity): MetaTags {
  const tags: MetaTags = { SiteName: site.siteName };
  if (site.siteDomain) tags.SiteDomain = site.siteDomain;
  if (site.siteIdCode) tags.SiteIDCode = site.siteIdCode;
  return tags;
}

/**
 * An article page's tags. PubDate is the 发布日期 as the item's metadata table shows it (YYYY-MM-DD, China date);
 * with a moment, China time to the minute ("YYYY-MM-DD HH:mm"), the form of the guideline's examples.
 */
export function articleMeta(article: {
  columnName: string;
  title: string;
  published: Date | string;
  contentSource: string;
}): MetaTags {
  return {
    ColumnName: article.columnName,
    ArticleTitle: article.title,
    PubDate: typeof article.published === "string" ? article.published : chinaMinute(article.published),
    ContentSource: article.contentSource,
  };
}

function chinaMinute(instant: Date): string {
  const china = new Date(instant.getTime() + 8 * 3_600_000);
  return china.toISOString().slice(0, 16).replace("T", " ");
}

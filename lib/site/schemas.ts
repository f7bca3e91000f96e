// The site identity the platform administrator sets (《政府网站发展指引》: page-identity meta tags and the footer).
// Formats are checked as far as the registries define them, so a typo does not reach every page of the portal.
import { z } from "zod";
import { zRequiredText, zText } from "@/lib/forms/validation";

/** An empty optional field is stored as "not set" (null), so the footer leaves its line out. */
const optional = (schema: z.ZodType<string>) => schema.transform((value) => value || null);

export const ZSiteSettings = z.object({
  /** SiteName: the site's own name, e.g. 三元区人民政府信息公开平台. */
  siteName: zRequiredText(100),
  siteNameEn: optional(zText(200)),
  /** SiteDomain: the host name only (no scheme, no path), e.g. www.sanyuan.gov.cn. */
  siteDomain: optional(
    zText(253)
      .transform((value) => value.toLowerCase())
      .pipe(z.string().regex(/^$|^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, "siteDomain")),
  ),
  /** SiteIDCode (网站标识码): ten characters issued by the national government-website registry, e.g. 3504030001. */
  siteIdCode: optional(zText(10).pipe(z.string().regex(/^$|^[0-9A-Za-z]{10}$/, "siteIdCode"))),
  /** 主办单位 and 承办单位 as printed in the footer. */
  sponsor: optional(zText(200)),
  organizer: optional(zText(200)),
  /** ICP备案号, e.g. 闽ICP备12345678号 or 闽ICP备2021012345号-1. */
  icpNumber: optional(zText(60).pipe(z.string().regex(/^$|^\p{Script=Han}ICP备\d{6,12}号(-\d{1,3})?$/u, "icpNumber"))),
  /** 公网安备号, e.g. 闽公网安备 35040302000123号 (14 digits: the record's number). */
  publicSecurityNumber: optional(
    zText(60).pipe(z.string().regex(/^$|^\p{Script=Han}公网安备\s?\d{14}号$/u, "publicSecurityNumber")),
  ),
  contactPhone: optional(zText(40).pipe(z.string().regex(/^[0-9()\-+\s、,，转]*$/, "phone"))),
});
export type TSiteSettings = z.infer<typeof ZSiteSettings>;

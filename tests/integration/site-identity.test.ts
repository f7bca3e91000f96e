// The site identity (《政府网站发展指引》): only the platform administrator sets it, formats the registries define
// are checked with field messages, every change is audited, and the portal sees it at once (public generation).
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEMO_SITE_IDENTITY } from "@/lib/demo/seed-demo-data";
import { articleMeta, pageIdentityMeta } from "@/lib/site/page-identity";
import { errorReportUrl, publicSecurityRegistryUrl } from "@/lib/site/registry-links";
import { siteIdentity } from "@/lib/site/site-settings";
import { updateSiteSettings } from "@/lib/site/update-site-settings";
import { DEMO, principalFor, seedDemo } from "../support/principals";
import { appError } from "../support/app-error";

beforeEach(async () => {
  await seedDemo();
});

const VALID = {
  siteName: "三明市三元区人民政府信息公开平台",
  siteNameEn: "",
  siteDomain: "WWW.Sanyuan.gov.cn",
  siteIdCode: "3504030001",
  sponsor: "三明市三元区人民政府办公室",
  organizer: "",
  icpNumber: "闽ICP备2021012345号-1",
  publicSecurityNumber: "闽公网安备 35040302000123号",
  contactPhone: "0598-8888888",
};

describe("the site identity", () => {
  it("is seeded with the demo values and read by the portal", async () => {
    expect(await siteIdentity()).toMatchObject({ ...DEMO_SITE_IDENTITY, configured: true });
  });

  it("falls back to the government's own name before anyone sets it", async () => {
    await db.siteSetting.deleteMany();
    const identity = await siteIdentity();
    expect(identity).toMatchObject({
      siteName: "三明市三元区人民政府政府信息公开",
      sponsor: "三明市三元区人民政府",
      siteIdCode: null,
      configured: false,
    });
    // No empty tags: a site without a code or domain sends only its name.
    expect(pageIdentityMeta(identity)).toEqual({ SiteName: "三明市三元区人民政府政府信息公开" });
  });

  it("is set by the platform administrator, normalised, audited field by field and seen at once", async () => {
    const admin = await principalFor(DEMO.platformAdmin);
    await siteIdentity(); // cached now: the change must still show
    await updateSiteSettings({ actor: admin, input: VALID });
    const identity = await siteIdentity();
    expect(identity).toMatchObject({
      siteDomain: "www.sanyuan.gov.cn",
      siteIdCode: "3504030001",
      siteNameEn: null,
      organizer: null,
      icpNumber: "闽ICP备2021012345号-1",
    });
    expect(pageIdentityMeta(identity)).toEqual({
      SiteName: "三明市三元区人民政府信息公开平台",
      SiteDomain: "www.sanyuan.gov.cn",
      SiteIDCode: "3504030001",
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { type: "site.updated" } });
    expect(event).toMatchObject({ actorId: admin.id, agencyId: null, entityType: "site" });
    const changes = (event.payload as { changes: Record<string, { from: unknown; to: unknown }> }).changes;
    expect(changes.siteIdCode).toEqual({ from: DEMO_SITE_IDENTITY.siteIdCode, to: "3504030001" });
    expect(changes.organizer).toEqual({ from: DEMO_SITE_IDENTITY.organizer, to: null });

    // Saving the same values again changes nothing and records nothing.
    await updateSiteSettings({ actor: admin, input: VALID });
    expect(await db.auditEvent.count({ where: { type: "site.updated" } })).toBe(1);
  });

  it.each([DEMO.commerceAdmin, DEMO.commerceLeader, DEMO.commerceStaff])("is refused to %s", async (email) => {
    const user = await principalFor(email);
    const error = await appError(updateSiteSettings({ actor: user, input: VALID }));
    expect(error.code).toBe("FORBIDDEN");
    expect((await siteIdentity()).siteIdCode).toBe(DEMO_SITE_IDENTITY.siteIdCode);
  });

  it.each([
    ["siteDomain", "https://www.sanyuan.gov.cn/", "siteDomain"],
    ["siteDomain", "www.sanyuan.gov.cn/xxgk", "siteDomain"],
    ["siteIdCode", "350403001", "siteIdCode"],
    ["siteIdCode", "35040300011", "tooLong"],
    ["siteIdCode", "3504-30001", "siteIdCode"],
    ["icpNumber", "ICP备12345678号", "icpNumber"],
    ["icpNumber", "闽ICP备12345678", "icpNumber"],
    ["publicSecurityNumber", "闽公网安备 3504030200012号", "publicSecurityNumber"],
    ["siteName", "", "required"],
    ["siteName", "政府\u0000网站", "controlCharacters"],
    ["contactPhone", "请拨打 0598", "phone"],
  ])("refuses %s = %j with a field message (%s)", async (field, value, message) => {
    const admin = await principalFor(DEMO.platformAdmin);
    const error = await appError(updateSiteSettings({ actor: admin, input: { ...VALID, [field]: value } }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.[field]).toContain(message);
    expect(await db.auditEvent.count({ where: { type: "site.updated" } })).toBe(0);
  });
});

describe("the registries' links and the article tags", () => {
  it("link the filing numbers and the error report to the national services", () => {
    expect(publicSecurityRegistryUrl("闽公网安备 35040302000123号")).toBe(
      "https://beian.mps.gov.cn/#/query/webSearch?code=35040302000123",
    );
    expect(errorReportUrl("3504030001")).toBe("https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3504030001");
  });

  it("give an article's column, title, China-time publication minute and source", () => {
    expect(
      articleMeta({
        columnName: "法定主动公开内容",
        title: "关于开展“安全生产月”活动的通知",
        published: new Date("2026-06-03T16:30:00Z"),
        contentSource: "三明市三元区商务局",
      }),
    ).toEqual({
      ColumnName: "法定主动公开内容",
      ArticleTitle: "关于开展“安全生产月”活动的通知",
      PubDate: "2026-06-04 00:30",
      ContentSource: "三明市三元区商务局",
    });
    expect(
      articleMeta({ columnName: "政策文件", title: "通知", published: "2026-06-04", contentSource: "三元区商务局" })
        .PubDate,
    ).toBe("2026-06-04");
  });
});

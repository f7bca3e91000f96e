// Demo data: 三明市三元区人民政府 and its departments, including 三元区商务局, the bureau of the seed
// report (shared/seeds), with one account for every role. Used by `npm start` and reused by the tests.
import { withDatabase, type Db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { RoleName } from "@/lib/auth/roles";
import { DEMO_PASSWORD } from "./demo-accounts";
import { seedDemoCatalogue } from "./demo-catalogue";
import { seedDemoItems } from "./demo-items";
import { seedDemoReports } from "./demo-reports";

export const DEMO_GOVERNMENT_CODE = "350403000";
export const DEMO_COMMERCE_CODE = "350403001";
export const DEMO_FINANCE_CODE = "350403002";

type DemoAgency = {
  code: string;
  name: string;
  shortName: string;
  parent?: string;
  address?: string;
  postcode?: string;
  phone?: string;
  fax?: string;
  email?: string;
  website?: string;
  officeHours?: string;
  disclosureOffice?: string;
  /** Named in every reply letter: 复议机关 (行政复议 within 60 days) and 管辖法院 (行政诉讼 within 6 months). */
  reviewBody?: string;
  court?: string;
  /** 文号 prefix of reply letters, e.g. 元商务依申〔2026〕7号. */
  letterNumberPrefix?: string;
};

// A department's 复议机关 is the government at its level (行政复议法 2023 art. 24); cases against a district
// department go to the district court. The district government itself answers to the city government, and a
// case against a county-level government goes to the intermediate court (行政诉讼法 art. 15).
const DISTRICT_REMEDIES = { reviewBody: "三明市三元区人民政府", court: "三明市三元区人民法院" };

const OFFICE_HOURS = "工作日上午8:00—12:00，下午15:00—18:00（法定节假日除外）";

export const DEMO_AGENCIES: DemoAgency[] = [
  {
    code: DEMO_GOVERNMENT_CODE,
    name: "三明市三元区人民政府",
    shortName: "三元区政府",
    address: "福建省三明市三元区",
    postcode: "365001",
    website: "www.smsy.gov.cn",
    officeHours: OFFICE_HOURS,
    disclosureOffice: "三元区人民政府办公室（区政务公开办）",
    reviewBody: "三明市人民政府",
    court: "三明市中级人民法院",
    letterNumberPrefix: "元政依申",
  },
  {
    // From the seed report: 如对本年报有任何疑问，请与我局办公室联系（地址…邮编…电话…电子邮箱…）
    code: DEMO_COMMERCE_CODE,
    name: "三明市三元区商务局",
    shortName: "三元区商务局",
    parent: DEMO_GOVERNMENT_CODE,
    address: "三元区崇宁路10号3楼305室",
    postcode: "365001",
    phone: "0598-8336118",
    email: "sywjmj@163.com",
    website: "www.smsy.gov.cn",
    officeHours: OFFICE_HOURS,
    disclosureOffice: "三元区商务局办公室",
    ...DISTRICT_REMEDIES,
    letterNumberPrefix: "元商务依申",
  },
  {
    code: DEMO_FINANCE_CODE,
    name: "三明市三元区财政局",
    shortName: "三元区财政局",
    parent: DEMO_GOVERNMENT_CODE,
    postcode: "365001",
    officeHours: OFFICE_HOURS,
    disclosureOffice: "三元区财政局办公室",
    ...DISTRICT_REMEDIES,
    letterNumberPrefix: "元财依申",
  },
  {
    code: "350403003",
    name: "三明市三元区市场监督管理局",
    shortName: "三元区市场监管局",
    parent: DEMO_GOVERNMENT_CODE,
    postcode: "365001",
    officeHours: OFFICE_HOURS,
    disclosureOffice: "三元区市场监督管理局办公室",
    ...DISTRICT_REMEDIES,
    letterNumberPrefix: "元市监依申",
  },
  {
    code: "350403004",
    name: "三明市三元区教育局",
    shortName: "三元区教育局",
    parent: DEMO_GOVERNMENT_CODE,
    postcode: "365001",
    officeHours: OFFICE_HOURS,
    disclosureOffice: "三元区教育局办公室",
    ...DISTRICT_REMEDIES,
    letterNumberPrefix: "元教依申",
  },
];

export type DemoAccount = {
  email: string;
  name: string;
  platformAdmin?: boolean;
  roles: { agency: string; role: RoleName }[];
};

/** One demo account for every role (README lists them; the password is DEMO_PASSWORD). */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: "admin@gongkai.demo", name: "平台管理员", platformAdmin: true, roles: [] },
  { email: "swj.staff@gongkai.demo", name: "林经办", roles: [{ agency: DEMO_COMMERCE_CODE, role: "STAFF" }] },
  { email: "swj.reviewer@gongkai.demo", name: "陈审查", roles: [{ agency: DEMO_COMMERCE_CODE, role: "REVIEWER" }] },
  { email: "swj.leader@gongkai.demo", name: "王局长", roles: [{ agency: DEMO_COMMERCE_CODE, role: "LEADER" }] },
  { email: "swj.admin@gongkai.demo", name: "张管理", roles: [{ agency: DEMO_COMMERCE_CODE, role: "AGENCY_ADMIN" }] },
  { email: "czj.staff@gongkai.demo", name: "李经办", roles: [{ agency: DEMO_FINANCE_CODE, role: "STAFF" }] },
  {
    email: "czj.admin@gongkai.demo",
    name: "赵管理",
    roles: [
      { agency: DEMO_FINANCE_CODE, role: "AGENCY_ADMIN" },
      { agency: DEMO_FINANCE_CODE, role: "LEADER" },
    ],
  },
  { email: "qzf.leader@gongkai.demo", name: "刘区长", roles: [{ agency: DEMO_GOVERNMENT_CODE, role: "LEADER" }] },
];

/**
 * Creates the demo agencies, accounts, and 商务局's catalogue, items and published 2017 annual report (the
 * seed's), on the database of `db`. Idempotent: does nothing when
 * agencies already exist. Tests about accounts and permissions may leave out the published history
 * (`history: false`) so that the tables they count hold only what they create.
 */
export const DEMO_SITE_IDENTITY = {
  siteName: "三明市三元区人民政府信息公开平台",
  siteNameEn: "Sanyuan District Government Information Disclosure",
  siteDomain: "www.sanyuan.gov.cn",
  siteIdCode: "3504030000",
  sponsor: "三明市三元区人民政府办公室",
  organizer: "三明市三元区政务服务数据管理局",
  icpNumber: "闽ICP备00000000号-1",
  publicSecurityNumber: "闽公网安备 35040302000000号",
  contactPhone: "0598-0000000",
};

export async function seedDemoData(db: Db, options: { history?: boolean } = {}): Promise<{ created: boolean }> {
  if ((await db.agency.count()) > 0) return { created: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(
    async (tx) => {
      const ids = new Map<string, string>();
      for (const [index, a] of DEMO_AGENCIES.entries()) {
        const { parent, ...fields } = a;
        const agency = await tx.agency.create({
          data: { ...fields, sortOrder: index, parentId: parent ? ids.get(parent) : null },
        });
        ids.set(a.code, agency.id);
      }
      for (const account of DEMO_ACCOUNTS) {
        await tx.user.create({
          data: {
            email: account.email,
            name: account.name,
            passwordHash,
            isPlatformAdmin: account.platformAdmin ?? false,
            memberships: { create: account.roles.map((r) => ({ agencyId: ids.get(r.agency)!, role: r.role })) },
          },
        });
      }
      // The site identity (网站标识码 and filing numbers): demo values in the registries' formats, not real ones.
      await tx.siteSetting.create({ data: DEMO_SITE_IDENTITY });
      // 三元区商务局's catalogue and its published history (27 items, lib/demo/demo-items.ts), in the same transaction.
      const commerce = ids.get(DEMO_COMMERCE_CODE)!;
      await seedDemoCatalogue(tx, commerce);
      if (options.history ?? true) await seedDemoItems(tx, commerce);
    },
    { timeout: 60_000 },
  );
  // The seed's 2017 annual report, published from those items (lib/demo/demo-reports.ts).
  if (options.history ?? true) {
    const commerce = await db.agency.findUniqueOrThrow({ where: { code: DEMO_COMMERCE_CODE }, select: { id: true } });
    // The report use cases work on lib/db's client: point it at this database while they run.
    await withDatabase(db, () => seedDemoReports(db, commerce.id));
  }
  return { created: true };
}

// Demo users (lib/demo/seed-demo-data.ts) as the application sees them once signed in: a CurrentUser loaded from the database
// through the same loadPrincipal the request path uses (no hand-built principals in integration tests).
import { db } from "@/lib/db";
import { loadPrincipal, type CurrentUser } from "@/lib/auth/current-user";
import {
  DEMO_ACCOUNTS,
  DEMO_COMMERCE_CODE,
  DEMO_FINANCE_CODE,
  DEMO_GOVERNMENT_CODE,
  seedDemoData,
} from "@/lib/demo/seed-demo-data";

/** Short names for the demo accounts of lib/demo/demo-accounts.ts. */
export const DEMO = {
  platformAdmin: "admin@gongkai.demo",
  commerceStaff: "swj.staff@gongkai.demo",
  commerceReviewer: "swj.reviewer@gongkai.demo",
  commerceLeader: "swj.leader@gongkai.demo",
  commerceAdmin: "swj.admin@gongkai.demo",
  financeStaff: "czj.staff@gongkai.demo",
  financeAdmin: "czj.admin@gongkai.demo",
  governmentLeader: "qzf.leader@gongkai.demo",
} as const;

/**
 * Seeds the demo agencies, accounts and catalogue (not 商务局's published history, which the demo-data test
 * covers) and returns the ids of the three agencies the tests talk about.
 */
export async function seedDemo() {
  await seedDemoData(db, { history: false });
  const agencies = await db.agency.findMany({
    where: { code: { in: [DEMO_GOVERNMENT_CODE, DEMO_COMMERCE_CODE, DEMO_FINANCE_CODE] } },
    select: { id: true, code: true },
  });
  const id = (code: string) => {
    const agency = agencies.find((a) => a.code === code);
    if (!agency) throw new Error(`demo agency ${code} missing`);
    return agency.id;
  };
  return { government: id(DEMO_GOVERNMENT_CODE), commerce: id(DEMO_COMMERCE_CODE), finance: id(DEMO_FINANCE_CODE) };
}

export type DemoAgencyIds = Awaited<ReturnType<typeof seedDemo>>;

/** The user with `email` as a signed-in CurrentUser (current session version). Throws if none can be loaded. */
export async function principalFor(email: string): Promise<CurrentUser> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, sessionVersion: true } });
  const principal = await loadPrincipal(user.id, user.sessionVersion);
  if (!principal) throw new Error(`cannot load ${email} as a principal (inactive?)`);
  return principal;
}

/** The database id of the user with `email`. */
export async function userIdOf(email: string): Promise<string> {
  return (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
}

// Keep the short names honest: every one of them must be a real demo account.
for (const email of Object.values(DEMO)) {
  if (!DEMO_ACCOUNTS.some((a) => a.email === email)) throw new Error(`${email} is not a demo account`);
}

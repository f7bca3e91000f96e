// The demo accounts (lib/demo/seed-demo-data.ts), looked up by e-mail so a spec names whom it signs in as.
import { DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { DEMO_ACCOUNTS, type DemoAccount } from "@/lib/demo/seed-demo-data";

export { DEMO_PASSWORD };

export function demoAccount(email: string): DemoAccount {
  const account = DEMO_ACCOUNTS.find((a) => a.email === email);
  if (!account) throw new Error(`No demo account ${email} in DEMO_ACCOUNTS`);
  return account;
}

export const PLATFORM_ADMIN = demoAccount("admin@gongkai.demo");
export const SWJ_STAFF = demoAccount("swj.staff@gongkai.demo");
export const SWJ_REVIEWER = demoAccount("swj.reviewer@gongkai.demo");
export const SWJ_LEADER = demoAccount("swj.leader@gongkai.demo");
export const SWJ_ADMIN = demoAccount("swj.admin@gongkai.demo");
export const CZJ_STAFF = demoAccount("czj.staff@gongkai.demo");

/** A unique e-mail address for a user created by a test. */
export function uniqueEmail(prefix: string) {
  return `${prefix}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@e2e.gongkai.test`;
}

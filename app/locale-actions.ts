"use server";
// Public action: anyone may choose the UI language of the console and the sign-in page (private pages, never
// cached); the value is checked against the known locales. The portal's language is its URL's instead
// (lib/i18n/portal-path.ts): no cookie may make one portal address show two pages.
import { cookies } from "next/headers";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";

export async function setLocale(formData: FormData) {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 86400, sameSite: "lax" });
}

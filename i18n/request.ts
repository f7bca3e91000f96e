// The language of a request. Portal pages: the one their URL names, which proxy.ts passes in a header
// (lib/i18n/portal-path.ts) — never a cookie, so a URL shows every visitor the same page. The console and
// the sign-in page (no header): the visitor's choice in a cookie, Chinese by default.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, TIME_ZONE } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/load-messages";
import { LOCALE_HEADER } from "@/lib/i18n/portal-path";

async function requestLocale() {
  const fromUrl = (await headers()).get(LOCALE_HEADER);
  if (isLocale(fromUrl)) return fromUrl;
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(chosen) ? chosen : DEFAULT_LOCALE;
}

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, timeZone: TIME_ZONE, messages: loadMessages(locale) };
});

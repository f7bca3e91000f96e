// UI languages. Chinese (zh-CN) is the default. The portal's language is in its URL (portal-path.ts); the
// console and the sign-in page keep the visitor's choice in a cookie.
export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh-CN";
export const LOCALE_COOKIE = "gongkai-locale";

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** Dates and times are shown in China Standard Time whatever the server's own zone. */
export const TIME_ZONE = "Asia/Shanghai";

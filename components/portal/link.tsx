// next/link for portal pages: the href is written without a language ("/items/1") and points to the page's
// own language ("/en/items/1" on English pages), so navigating never leaves the language the URL names.
// Not a client component: it works in server components (next-intl reads the request's locale) and in
// client components (from NextIntlClientProvider) alike.
import NextLink from "next/link";
import { useLocale } from "next-intl";
import type { ComponentProps } from "react";
import { portalPath } from "@/lib/i18n/portal-path";

type Props = Omit<ComponentProps<typeof NextLink>, "href"> & { href: string };

export function Link({ href, ...props }: Props) {
  return <NextLink href={portalPath(useLocale(), href)} {...props} />;
}

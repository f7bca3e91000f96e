"use client";
// <html lang> is written by the root layout, which Next.js keeps on client-side navigation: coming from the
// console (its language is a cookie choice) to a portal page by a link, it would still name the console's
// language. The portal layout is rendered afresh on that navigation; this puts the page's language back.
import { useEffect } from "react";

export function DocumentLanguage({ locale }: { locale: string }) {
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return null;
}

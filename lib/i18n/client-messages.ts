// Which UI texts reach the browser. next-intl's provider serialises every message it is given into each
// page's payload: all of them were ~57 kB of JSON on every portal page (an item page was 112 kB for
// 750 characters of text) and a good part of rendering it. Client components need only a few
// namespaces: the root layout sends what app/error.tsx uses, the portal and the sign-in page what their
// client components and form messages use; the console (staff, many forms) gets everything.
// lib/i18n/client-messages.test.ts checks the portal's and sign-in page's client components against these lists.
import type { AbstractIntlMessages } from "next-intl";

export const CLIENT_NAMESPACES = {
  root: ["common"],
  portal: ["common", "validation", "errors", "requestPortal", "requests"],
  signIn: ["common", "auth", "validation", "errors"],
} as const satisfies Record<string, readonly string[]>;

export function pickMessages(messages: AbstractIntlMessages, namespaces: readonly string[]): AbstractIntlMessages {
  return Object.fromEntries(namespaces.filter((n) => n in messages).map((n) => [n, messages[n]]));
}

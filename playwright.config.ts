// End-to-end tests: the built app on a fresh demo database (scripts/e2e-server.ts), driven through
// Debian's Chromium (Playwright cannot download its own browsers on these machines).
import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./scripts/lib/browser";

const BASE_URL = `http://localhost:${process.env.E2E_PORT ?? 3100}`;

export default defineConfig({
  testDir: "e2e",
  // Two cores: two workers. Specs use their own accounts or create users, so they may run side by side.
  workers: 2,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: "list",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    // The same origin as NEXTAUTH_URL in scripts/e2e-server.ts, exactly.
    baseURL: BASE_URL,
    locale: "zh-CN",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumPath(),
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "node_modules/.bin/tsx scripts/e2e-server.ts",
    url: `${BASE_URL}/login`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM lets the script stop next-server and the embedded PostgreSQL cleanly (the default is SIGKILL).
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});

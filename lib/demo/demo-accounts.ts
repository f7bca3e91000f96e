// Demo accounts for local use. Their password is public (README), so it is refused whenever the app
// runs in production mode, unless demo mode is switched on explicitly (GONGKAI_DEMO_MODE=1).

export const DEMO_PASSWORD = "Gongkai-demo-2026";

export function demoModeEnabled() {
  if (process.env.GONGKAI_DEMO_MODE === "1") return true;
  if (process.env.GONGKAI_DEMO_MODE === "0") return false;
  return process.env.NODE_ENV !== "production";
}

export const isDemoPassword = (password: string) => password === DEMO_PASSWORD;

// Next.js calls register() once when a server instance starts. It starts the e-mail sender and reminder
// loop (lib/email/mail-loop.ts) in the Node.js runtime of a running server — not during `next build`,
// not in the Edge runtime, and not in tests (vitest never loads this file).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startMailLoop } = await import("./lib/email/mail-loop");
  startMailLoop();
}

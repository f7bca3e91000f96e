// Next.js calls register() once when a server instance starts. It starts the e-mail sender and reminder
// loop (lib/email/mail-loop.ts) in the Node.js runtime of a running server — not during `next build`,
// not in the Edge runtime, and not in tests (vitest never loads this file).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startMailLoop } = await import("./lib/email/mail-loop");
  startMailLoop();
}

/**
 * A render or route that failed: one JSON line with the request id (set by scripts/server.ts), the digest the
 * error page shows the visitor, and the stack — so a quoted reference leads to the request and its cause.
 */
export function onRequestError(
  error: unknown,
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> },
) {
  const err = error instanceof Error ? error : new Error(String(error));
  console.error(
    JSON.stringify({
      level: 50,
      time: new Date().toISOString(),
      msg: "request failed",
      requestId: request.headers["x-request-id"],
      digest: (error as { digest?: string }).digest,
      method: request.method,
      path: request.path.split("?")[0],
      err: { type: err.name, message: err.message, stack: err.stack },
    }),
  );
}

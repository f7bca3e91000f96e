// Readiness probe: the database answers and every migration is applied; 503 (with Retry-After) when not.
import { checkReadiness } from "@/lib/operations/readiness";

export const dynamic = "force-dynamic";

export async function GET() {
  const { ready, checks } = await checkReadiness();
  return Response.json(
    { status: ready ? "ok" : "unavailable", checks },
    {
      status: ready ? 200 : 503,
      headers: { "Cache-Control": "no-store", ...(ready ? {} : { "Retry-After": "5" }) },
    },
  );
}

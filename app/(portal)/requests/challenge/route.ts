// A fresh proof-of-work challenge for the request form (lib/requests/submission-challenge.ts). Public and
// anonymous like the form; nothing is stored until a solution is used. 404 when the challenge is switched off.
import { createChallenge } from "@/lib/requests/submission-challenge";
import { submissionChallengeSettings } from "@/lib/requests/public-limits";

export const dynamic = "force-dynamic";

export function GET() {
  if (!submissionChallengeSettings().enabled) return new Response(null, { status: 404 });
  return Response.json(createChallenge(), { headers: { "Cache-Control": "no-store" } });
}

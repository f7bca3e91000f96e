// Open data: an agency's annual report for a year as JSON (lib/reports/public/report-api.ts).
import { readPreflight, readRoute } from "@/lib/open-data/respond";
import { reportApiAnswer } from "@/lib/reports/public/report-api";

type Context = { params: Promise<{ code: string; year: string }> };

export const GET = readRoute(async (request: Request, context: Context) => {
  const { code, year } = await context.params;
  return reportApiAnswer(request, code, year);
});

export const OPTIONS = async () => readPreflight();

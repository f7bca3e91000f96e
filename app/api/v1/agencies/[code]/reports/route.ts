// Open data: an agency's published annual reports (lib/reports/public/report-list-api.ts).
import { readPreflight, readRoute } from "@/lib/open-data/respond";
import { reportListApiAnswer } from "@/lib/reports/public/report-list-api";

type Context = { params: Promise<{ code: string }> };

export const GET = readRoute(async (request: Request, context: Context) =>
  reportListApiAnswer(request, (await context.params).code),
);

export const OPTIONS = async () => readPreflight();

import { publishedReportPdfResponse } from "@/lib/reports/pdf/pdf-response";

type Context = { params: Promise<{ agencyCode: string; year: string }> };

/** 下载PDF: the published report (latest version, or ?version=n) as a PDF file. */
export async function GET(request: Request, { params }: Context) {
  const { agencyCode, year } = await params;
  return publishedReportPdfResponse(agencyCode, year, new URL(request.url).searchParams);
}

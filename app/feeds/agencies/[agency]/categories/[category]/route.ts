// Atom feed of one catalogue category (and its sub-categories): /feeds/agencies/{agencyCode}/categories/{categoryId}.atom
import { atomResponse, categoryFeed, stripAtom } from "@/lib/open-data/feeds";
import { siteUrl } from "@/lib/open-data/site-url";

export async function GET(request: Request, { params }: { params: Promise<{ agency: string; category: string }> }) {
  const { agency, category } = await params;
  const categoryId = stripAtom(category);
  return atomResponse(categoryId ? await categoryFeed(siteUrl(request), agency, categoryId) : null);
}

// Atom feed of an agency's latest 50 public items: /feeds/agencies/{agencyCode}.atom
import { agencyFeed, atomResponse, stripAtom } from "@/lib/open-data/feeds";
import { siteUrl } from "@/lib/open-data/site-url";

export async function GET(request: Request, { params }: { params: Promise<{ agency: string }> }) {
  const code = stripAtom((await params).agency);
  return atomResponse(code ? await agencyFeed(siteUrl(request), code) : null);
}

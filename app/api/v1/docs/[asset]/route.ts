// The API reference's own files (the viewer's stylesheet and script, its start-up script); 404 for any other.
import { apiRoute } from "@/lib/api/respond";
import { referenceAsset } from "@/lib/api/reference-page";
import { notFound } from "@/lib/errors/app-error";

type Context = { params: Promise<{ asset: string }> };

export const GET = apiRoute(async (_request: Request, context: Context) => {
  const asset = await referenceAsset((await context.params).asset);
  if (!asset) throw notFound();
  return asset;
});

// Keyset cursors of the lists in publication order (published time, id): the catalogue, the open-data item
// list. A deep page costs the same as the first, and an item published meanwhile neither shifts nor repeats rows.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeItemCursor(publishedAt: Date, id: string) {
  return Buffer.from(`${publishedAt.toISOString()}|${id}`).toString("base64url");
}

export function decodeItemCursor(cursor: string): { publishedAt: Date; id: string } | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return null;
  const [iso, id, extra] = Buffer.from(cursor, "base64url").toString().split("|");
  const publishedAt = new Date(iso ?? "");
  return extra === undefined && id && UUID.test(id) && !Number.isNaN(publishedAt.getTime())
    ? { publishedAt, id }
    : null;
}

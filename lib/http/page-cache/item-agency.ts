// The agency code of an item, to tag its page with `agency:<code>` (an agency's name and details show on
// its item pages). A small pool of its own: the app server's code runs outside Next.js and its Prisma client.
import pg from "pg";

export function itemAgencyLookup(connectionString: string) {
  const pool = new pg.Pool({ connectionString, max: 2, application_name: "gongkai-page-cache" });
  pool.on("error", () => undefined); // an idle connection dropped: the next query opens another
  return {
    async agencyOfItem(itemId: string): Promise<string | undefined> {
      const { rows } = await pool.query<{ code: string }>(
        "SELECT a.code FROM item i JOIN agency a ON a.id = i.agency_id WHERE i.id = $1",
        [itemId],
      );
      return rows[0]?.code;
    },
    close: () => pool.end(),
  };
}

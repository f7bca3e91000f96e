// Which URLs the page cache may keep, and the tags that drop them (lib/http/page-cache/policy.ts).
import { describe, expect, it } from "vitest";
import { cacheablePage } from "./policy";

const ID = "01a244b4-3991-721a-b3d7-fa5b32d97eb7";
const tags = (path: string, method = "GET") => {
  const [pathname, search = ""] = path.split("?");
  return cacheablePage(method, pathname, search ? `?${search}` : "")?.tags;
};

describe("the page cache's allow-list", () => {
  it("tags each public page with what it shows", () => {
    expect(tags("/")).toEqual(["portal"]);
    expect(tags("/en")).toEqual(["portal"]);
    expect(tags(`/items/${ID}`)).toEqual([`item:${ID}`]);
    expect(tags(`/en/items/${ID.toUpperCase()}`)).toEqual([`item:${ID}`]);
    expect(tags("/catalogue/350403001?page=2")).toEqual(["catalogue:350403001", "agency:350403001"]);
    expect(tags("/guide/350403001")).toEqual(["catalogue:350403001", "agency:350403001"]);
    expect(tags("/reports/350403001/2017/explanation")).toEqual(["report:350403001", "agency:350403001"]);
    expect(tags("/feeds/agencies/350403001.atom")).toEqual(["catalogue:350403001", "agency:350403001"]);
    expect(tags(`/feeds/agencies/350403001/categories/${ID}.atom`)).toEqual([
      "catalogue:350403001",
      "agency:350403001",
    ]);
    expect(tags("/api/v1/agencies/350403001/reports/2017")).toEqual(["report:350403001", "agency:350403001"]);
    expect(tags("/search")).toEqual(["portal"]);
    expect(tags("/search?q=")).toEqual(["portal"]);
    expect(tags("/sitemap.xml")).toEqual(["portal"]);
    expect(cacheablePage("HEAD", "/", "")).toBeDefined();
  });

  it("keeps nothing personal, staff-only or written", () => {
    for (const path of [
      "/console",
      "/en/console/items",
      "/login",
      "/api/auth/session",
      "/requests/new",
      "/requests/track",
      "/requests/track/status",
      "/requests/challenge",
      "/search?q=%E5%95%86%E5%8A%A1",
      "/en/search?agency=x&q=y",
      `/items/${ID}/attachments/${ID}`,
      "/items/not-an-id",
      "/api/v1/requests",
      "/api/v1/openapi.json",
      "/api/health",
      "/reports/350403001/2017/pdf",
      "/items/%E0%A4%A",
    ])
      expect(tags(path), path).toBeUndefined();
    expect(tags("/", "POST")).toBeUndefined();
  });
});

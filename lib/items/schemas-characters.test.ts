// Limits of item and request fields count characters (code points): a keyword or a description written in
// rare characters beyond the BMP (𬌗 is two UTF-16 units) gets the same room as one in common characters.
import { describe, expect, it } from "vitest";
import { ZOnlineRequest } from "@/lib/requests/schemas";
import { ZItemDraft } from "./schemas";

const keywords = ZItemDraft.shape.keywords;
const description = ZOnlineRequest.in.shape.description;
const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => i.message);

describe("keywords (关键词)", () => {
  it("allow 20 characters each, rare or not", () => {
    expect(keywords.parse(`${"𬌗".repeat(20)}，𠮷野`)).toEqual(["𬌗".repeat(20), "𠮷野"]);
    expect(messages(keywords.safeParse("𬌗".repeat(21)))).toEqual(["keywordTooLong"]);
  });
});

describe("the request's description", () => {
  it("needs 10 characters: ten rare ones are enough, nine are not (though 18 UTF-16 units)", () => {
    expect(description.parse("𬌗".repeat(10))).toBe("𬌗".repeat(10));
    expect(messages(description.safeParse("𬌗".repeat(9)))).toEqual(["descriptionTooShort"]);
  });
  it("allows 5000 characters, counted as characters", () => {
    expect(description.safeParse("𠮷".repeat(5000)).success).toBe(true);
    expect(messages(description.safeParse("𠮷".repeat(5001)))).toContain("tooLong");
  });
});

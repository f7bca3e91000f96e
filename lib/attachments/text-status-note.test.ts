import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";
import { textStatusNote } from "./text-status-note";

describe("textStatusNote", () => {
  it("marks files whose content search cannot find, in both languages", () => {
    const pdf = "application/pdf";
    expect(textStatusNote({ textStatus: "OK", contentType: pdf })).toBeNull();
    expect(textStatusNote({ textStatus: "UNREADABLE", contentType: pdf })).toBe("attachmentTextUnreadable");
    expect(textStatusNote({ textStatus: "TIMEOUT", contentType: "application/ofd" })).toBe("attachmentTextTimeout");
    expect(textStatusNote({ textStatus: "NONE", contentType: pdf })).toBe("attachmentTextNone");
    expect(textStatusNote({ textStatus: "NONE", contentType: "image/png" })).toBeNull(); // images never have text
    expect(zh.items.console.attachmentTextUnreadable).toBe("未能提取文字，检索不到其内容");
    for (const key of ["attachmentTextUnreadable", "attachmentTextTimeout", "attachmentTextNone"] as const) {
      expect(en.items.console[key]).toMatch(/search will not find/);
      expect(zh.items.console[key]).toMatch(/检索不到其内容/);
    }
  });
});

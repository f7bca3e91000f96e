import { describe, expect, it } from "vitest";
import { mailIsConfigured, receiptIsEmailed } from "./receipt-mail";

const WITH_SERVER = { GONGKAI_SMTP_URL: "smtp://mail.sanyuan.gov.cn:25", GONGKAI_MAIL_FROM: "gongkai@sanyuan.gov.cn" };

describe("the receipt's promise of an e-mail", () => {
  it("is made only with an address and a configured mail server", () => {
    expect(receiptIsEmailed("wang@example.cn", WITH_SERVER)).toBe(true);
    expect(receiptIsEmailed("", WITH_SERVER)).toBe(false);
    expect(receiptIsEmailed("wang@example.cn", {})).toBe(false);
    // A server without a sender address cannot send either.
    expect(receiptIsEmailed("wang@example.cn", { GONGKAI_SMTP_URL: WITH_SERVER.GONGKAI_SMTP_URL })).toBe(false);
    expect(mailIsConfigured({})).toBe(false);
    expect(mailIsConfigured(WITH_SERVER)).toBe(true);
  });
});

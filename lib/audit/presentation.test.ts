// The audit page shows events in words, in both languages: every event type has its sentence, every
// sentence uses only the actor and its own payload fields, and renders without a raw placeholder.
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/load-messages";
import { AUDIT_EVENT_TYPES, AUDIT_EVENTS, type AuditEventType } from "./events";
import { auditSentence, payloadFields, type AuditTranslate } from "./presentation";

const root = path.resolve(import.meta.dirname, "../..");
const LOCALES = ["zh-CN", "en"] as const;

function translator(locale: string): AuditTranslate & { raw(key: string): unknown } {
  // Any formatting problem (a missing value, a broken message) fails the test.
  return createTranslator({
    locale,
    messages: loadMessages(locale, root),
    onError: (error) => {
      throw error;
    },
  }) as unknown as AuditTranslate & { raw(key: string): unknown };
}

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

/** A payload that passes the event's schema: for each field the first sample value its schema accepts. */
function samplePayload(type: AuditEventType): Record<string, unknown> {
  const shape = AUDIT_EVENTS[type].shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;
  const samples = [
    "示例",
    7,
    true,
    "STAFF",
    "review",
    "OWN",
    "HOLIDAY",
    "COMPLAINT",
    "combinedReviewChainRoles",
    "account",
    [{ agencyId: "a", role: "LEADER" }],
    [2025],
    ["总体情况"],
    { title: { from: "旧", to: "新" } },
    { kind: "HOLIDAY", note: "春节" },
    null,
  ];
  const payload = Object.fromEntries(
    Object.entries(shape).map(([field, schema]) => [field, samples.find((s) => schema.safeParse(s).success)]),
  );
  expect(AUDIT_EVENTS[type].safeParse(payload).success, `no sample payload for ${type}`).toBe(true);
  return payload;
}

describe("every audit event type has its wording", () => {
  for (const locale of LOCALES) {
    const t = translator(locale);
    it.each(AUDIT_EVENT_TYPES)(`${locale}: %s`, (type) => {
      const key = `console.audit.sentences.${type}`;
      expect(t.has(key), `${locale} has no sentence for ${type}`).toBe(true);
      const fields = payloadFields(type).map((f) => f.field);
      expect(placeholders(t.raw(key) as string).filter((p) => p !== "actor" && !fields.includes(p))).toEqual([]);
      const sentence = auditSentence(t, { type, actorLabel: "王局长", payload: samplePayload(type) });
      expect(sentence.startsWith("王局长")).toBe(true);
      expect(sentence).not.toMatch(/[{}]|undefined|null|\[object/);
    });
  }
});

describe("the sentences say what happened", () => {
  const zh = translator("zh-CN");
  const en = translator("en");

  it("a failed sign-in names the account, says when it does not exist or was a password change", () => {
    const at = (payload: Record<string, unknown>) => ({
      type: "auth.sign_in_failed",
      actorLabel: "203.0.113.9",
      payload,
    });
    expect(auditSentence(zh, at({ email: "a@b.cn", known: true, passwordChange: false }))).toBe(
      "203.0.113.9 对账号 a@b.cn 输入的密码错误",
    );
    expect(auditSentence(zh, at({ email: "x@b.cn", known: false, passwordChange: false }))).toBe(
      "203.0.113.9 对账号 x@b.cn 输入的密码错误（该账号不存在）",
    );
    expect(auditSentence(en, at({ email: "a@b.cn", known: true, passwordChange: true }))).toBe(
      "203.0.113.9: wrong password for a@b.cn, when changing the password",
    );
  });

  it("a download of an applicant's papers names the file and its kind", () => {
    const event = {
      type: "request.file_downloaded",
      actorLabel: "林经办",
      payload: { kind: "APPLICANT_UPLOAD", fileName: "身份证正面.jpg" },
    };
    expect(auditSentence(zh, event)).toMatch(/^林经办 下载.+ 身份证正面\.jpg$/);
    expect(auditSentence(zh, event)).not.toContain("APPLICANT_UPLOAD");
  });

  it("a leader's approval names the revision and its 索引号", () => {
    const event = {
      type: "item.published",
      actorLabel: "王局长",
      payload: { revision: 2, indexNumber: "350403001/2026-00012" },
    };
    expect(auditSentence(zh, event)).toBe("王局长 审定并发布第2版（索引号 350403001/2026-00012）");
    expect(auditSentence(en, event)).toBe(
      "王局长 approved and published revision 2 (index number 350403001/2026-00012)",
    );
  });

  it("an optional opinion appears only when there is one; codes are shown in words", () => {
    expect(auditSentence(zh, { type: "item.review_passed", actorLabel: "陈审查", payload: { revision: 1 } })).toBe(
      "陈审查 保密审查通过第1版",
    );
    expect(
      auditSentence(zh, {
        type: "item.review_passed",
        actorLabel: "陈审查",
        payload: { revision: 1, comment: "不涉密。" },
      }),
    ).toBe("陈审查 保密审查通过第1版，意见：不涉密。");
    expect(
      auditSentence(zh, {
        type: "item.returned",
        actorLabel: "王局长",
        payload: { revision: 3, step: "approval", comment: "请补充依据。" },
      }),
    ).toBe("王局长 在领导审定环节退回第3版，意见：请补充依据。");
    expect(
      auditSentence(zh, {
        type: "user.role_granted",
        actorLabel: "张管理",
        payload: { role: "LEADER", warning: "combinedReviewChainRoles" },
      }),
    ).toBe("张管理 授予角色“领导”（提示：该用户在本机关同时担任经办人、保密审查和领导）");
  });

  it("an import says whether it was history or went to review", () => {
    const base = { indexNumber: "", title: "关于X的通知", batch: "b" };
    expect(
      auditSentence(zh, {
        type: "item.imported",
        actorLabel: "张管理",
        payload: { ...base, historical: false },
      }),
    ).toBe("张管理 导入信息“关于X的通知”，已提交保密审查");
    expect(
      auditSentence(zh, {
        type: "item.imported",
        actorLabel: "张管理",
        payload: { ...base, indexNumber: "350403001/2008-00001", historical: true },
      }),
    ).toBe("张管理 导入信息“关于X的通知”，作为历史信息按原样发布（索引号 350403001/2008-00001）");
    // Events recorded before the flag existed read without it.
    expect(auditSentence(zh, { type: "item.imported", actorLabel: "张管理", payload: base })).toBe(
      "张管理 导入信息“关于X的通知”",
    );
  });
});

import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { ZUserCreate, ZPasswordChange } from "@/lib/users/schemas";
import { ZAgencyInput } from "@/lib/agencies/schemas";
import { fieldErrorsFromZod, parseInput, zEmail, zMaxCharacters, zPassword, zRequiredText, zText } from "./validation";

/** The field errors `schema` reports for `input` (fails the test if the input is accepted). */
function errorsOf(schema: z.ZodType, input: unknown) {
  try {
    parseInput(schema, input);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("VALIDATION");
    return (error as AppError).fieldErrors ?? {};
  }
  throw new Error("input was accepted");
}

describe("parseInput", () => {
  it("returns the parsed data: trimmed text and lower-case e-mail", () => {
    const schema = z.object({ email: zEmail, name: zRequiredText(10) });
    expect(parseInput(schema, { email: "  Zhang.San@Example.CN ", name: "  张三 " })).toEqual({
      email: "zhang.san@example.cn",
      name: "张三",
    });
  });

  it("turns each failing field into message keys under its name", () => {
    const schema = z.object({ email: zEmail, name: zRequiredText(5) });
    expect(errorsOf(schema, { email: "not-an-email", name: "   " })).toEqual({ email: ["email"], name: ["required"] });
    expect(errorsOf(schema, { email: "", name: "六个字的名字" })).toEqual({ email: ["required"], name: ["tooLong"] });
  });

  it("reports password rules with their own keys", () => {
    const schema = z.object({ password: zPassword });
    expect(errorsOf(schema, { password: "short1" }).password).toContain("passwordTooShort");
    expect(errorsOf(schema, { password: "onlyletterslong" })).toEqual({ password: ["passwordWeak"] });
    expect(errorsOf(schema, { password: "12345678901234" })).toEqual({ password: ["passwordWeak"] });
    expect(parseInput(schema, { password: "abcdefghijk1" })).toEqual({ password: "abcdefghijk1" });
  });

  it("needs at least 12 characters (11 are refused)", () => {
    const schema = z.object({ password: zPassword });
    expect(errorsOf(schema, { password: "abcdefghij1" })).toEqual({ password: ["passwordTooShort"] });
    expect(parseInput(schema, { password: "Gongkai-demo-2026" })).toEqual({ password: "Gongkai-demo-2026" });
  });

  it("refuses the passwords attackers try first, in any letter case, with their own key", () => {
    const schema = z.object({ password: zPassword });
    for (const common of ["1qaz2wsx3edc", "QWERTY123456", "Qwertyuiop123", "woaini1314woaini", "123456qwerty"]) {
      expect(errorsOf(schema, { password: common }), common).toEqual({ password: ["passwordTooCommon"] });
    }
  });

  it("puts a refinement's error on the field it names", () => {
    expect(
      errorsOf(ZPasswordChange, { currentPassword: "x", newPassword: "abcdefghijk1", confirmPassword: "abcdefghijk2" }),
    ).toEqual({ confirmPassword: ["passwordMismatch"] });
  });

  it("maps unknown zod messages to 'invalid', and too_big without a key to 'tooLong'", () => {
    const schema = z.object({ n: z.number(), list: z.array(z.string()).max(1) });
    expect(errorsOf(schema, { n: "x", list: ["a", "b"] })).toEqual({ n: ["invalid"], list: ["tooLong"] });
  });

  it("puts errors about the whole input under _form, and nested paths joined by dots", () => {
    expect(errorsOf(z.object({ a: z.string() }), "not an object")).toEqual({ _form: ["invalid"] });
    expect(errorsOf(z.object({ roles: z.array(z.enum(["STAFF"], "invalid")) }), { roles: ["STAFF", "BOSS"] })).toEqual({
      "roles.1": ["invalid"],
    });
  });

  it("lists a key once per field even when several issues share it", () => {
    const result = z
      .object({
        a: z
          .string()
          .refine(() => false, "invalid")
          .refine(() => false, "invalid"),
      })
      .safeParse({ a: "x" });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsFromZod(result.error)).toEqual({ a: ["invalid"] });
  });

  it("a user form with several mistakes reports each field", () => {
    expect(errorsOf(ZUserCreate, { email: "x", name: "", password: "abc", agencyId: "nope", roles: [] })).toEqual({
      email: ["email"],
      name: ["required"],
      password: expect.arrayContaining(["passwordTooShort"]),
      agencyId: ["uuid"],
      roles: ["roleRequired"],
    });
  });

  it("an agency form checks the code, postcode and phone", () => {
    const fields = errorsOf(ZAgencyInput, {
      code: "35 04",
      name: "某局",
      shortName: "某局",
      parentId: "",
      address: "",
      postcode: "36500",
      phone: "call me",
      fax: "",
      email: "",
      website: "",
      officeHours: "",
      disclosureOffice: "",
    });
    expect(fields).toEqual({ code: ["agencyCode"], postcode: ["postcode"], phone: ["phone"] });
  });
});

describe("length limits count characters (code points), not UTF-16 units", () => {
  const name = zRequiredText(3);
  it("accepts a name of rare characters up to the limit: 王𬌗明 is 3 characters (4 UTF-16 units)", () => {
    expect(name.parse("王𬌗明")).toBe("王𬌗明");
    expect(name.parse("𠮷𪚥𰻞")).toBe("𠮷𪚥𰻞");
  });
  it("refuses one character more, with the field's 'tooLong' key", () => {
    expect(errorsOf(z.object({ name }), { name: "王𬌗明明" })).toEqual({ name: ["tooLong"] });
    expect(errorsOf(z.object({ name }), { name: "" })).toEqual({ name: ["required"] });
  });
  it("counts after trimming, and a combining mark or variation selector as a character of its own", () => {
    expect(zText(3).parse("  王𬌗明  ")).toBe("王𬌗明");
    expect(zText(2).safeParse("𠮷\u{E0100}").success).toBe(true);
    expect(zText(1).safeParse("𠮷\u{E0100}").success).toBe(false);
  });
  it("still refuses a lone surrogate (half of a rare character)", () => {
    expect(errorsOf(z.object({ name }), { name: "王\uD870" })).toEqual({ name: ["controlCharacters"] });
  });
  it("publishes the limit in the API description (JSON Schema maxLength counts code points too)", () => {
    const schema = z.toJSONSchema(z.object({ title: zRequiredText(300), body: zMaxCharacters(z.string(), 9) }), {
      io: "input",
    });
    expect(schema.properties).toMatchObject({ title: { maxLength: 300, minLength: 1 }, body: { maxLength: 9 } });
  });
});

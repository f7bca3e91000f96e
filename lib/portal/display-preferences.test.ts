import { describe, expect, it } from "vitest";
import { htmlAttributes, readPreferences, STORAGE_KEYS } from "./display-preferences";

const storage = (values: Record<string, string>) => ({ getItem: (key: string) => values[key] ?? null });

describe("display preferences", () => {
  it("read what was stored", () => {
    expect(readPreferences(storage({ [STORAGE_KEYS.textSize]: "x-large", [STORAGE_KEYS.contrast]: "high" }))).toEqual({
      textSize: "x-large",
      highContrast: true,
    });
  });

  it("read anything unknown as the default", () => {
    expect(readPreferences(storage({ [STORAGE_KEYS.textSize]: "huge", [STORAGE_KEYS.contrast]: "yes" }))).toEqual({
      textSize: "standard",
      highContrast: false,
    });
    expect(readPreferences(storage({}))).toEqual({ textSize: "standard", highContrast: false });
  });

  it("become the attributes CSS follows", () => {
    expect(htmlAttributes({ textSize: "large", highContrast: true })).toEqual({
      "data-text-size": "large",
      "data-contrast": "high",
    });
  });
});

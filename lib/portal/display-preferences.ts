// 适老化 (the national guideline for websites usable by older people) and accessibility: a larger text size and a
// high-contrast mode, chosen per browser. Kept in localStorage, not a cookie, so a portal page stays the same
// page for every visitor (and can be cached); the choice is applied as attributes on <html> that CSS follows.

export const TEXT_SIZES = ["standard", "large", "x-large"] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export const STORAGE_KEYS = { textSize: "gongkai.textSize", contrast: "gongkai.contrast" } as const;

export type DisplayPreferences = { textSize: TextSize; highContrast: boolean };

/** What was stored, with anything unknown (an old value, a hand edit) read as the default. */
export function readPreferences(storage: Pick<Storage, "getItem">): DisplayPreferences {
  const size = storage.getItem(STORAGE_KEYS.textSize);
  return {
    textSize: (TEXT_SIZES as readonly string[]).includes(size ?? "") ? (size as TextSize) : "standard",
    highContrast: storage.getItem(STORAGE_KEYS.contrast) === "high",
  };
}

/** The attributes on <html> for these preferences (globals.css: html[data-text-size], html[data-contrast]). */
export function htmlAttributes(preferences: DisplayPreferences): Record<"data-text-size" | "data-contrast", string> {
  return {
    "data-text-size": preferences.textSize,
    "data-contrast": preferences.highContrast ? "high" : "standard",
  };
}

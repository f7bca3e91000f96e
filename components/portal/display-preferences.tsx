"use client";
// 适老化 toolbar of the portal: text size (标准/大/特大) and high contrast, remembered in this browser
// (lib/portal/display-preferences.ts). Buttons with aria-pressed, so screen readers announce the current choice.
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import {
  type DisplayPreferences as Preferences,
  htmlAttributes,
  readPreferences,
  STORAGE_KEYS,
  TEXT_SIZES,
  type TextSize,
} from "@/lib/portal/display-preferences";

function apply(preferences: Preferences) {
  for (const [name, value] of Object.entries(htmlAttributes(preferences)))
    document.documentElement.setAttribute(name, value);
}

export function DisplayPreferences() {
  const t = useTranslations("common.display");
  const [preferences, setPreferences] = useState<Preferences>({ textSize: "standard", highContrast: false });

  // After hydration: the stored choice (the server renders the default; pages are the same for everyone).
  useEffect(() => {
    const stored = readPreferences(window.localStorage);
    setPreferences(stored);
    apply(stored);
  }, []);

  const choose = (next: Preferences) => {
    setPreferences(next);
    apply(next);
    try {
      window.localStorage.setItem(STORAGE_KEYS.textSize, next.textSize);
      window.localStorage.setItem(STORAGE_KEYS.contrast, next.highContrast ? "high" : "standard");
    } catch {
      // Private browsing may refuse storage: the choice still holds on this page.
    }
  };

  return (
    <div role="group" aria-label={t("label")} className="flex flex-wrap items-center gap-1 text-sm">
      <span aria-hidden="true">{t("textSize")}</span>
      {TEXT_SIZES.map((size: TextSize) => (
        <button
          key={size}
          type="button"
          aria-pressed={preferences.textSize === size}
          onClick={() => choose({ ...preferences, textSize: size })}
          className="rounded px-2 py-0.5 underline-offset-2 hover:underline aria-pressed:bg-white aria-pressed:font-semibold aria-pressed:text-gov-red"
        >
          {t(`sizes.${size}`)}
        </button>
      ))}
      <button
        type="button"
        aria-pressed={preferences.highContrast}
        onClick={() => choose({ ...preferences, highContrast: !preferences.highContrast })}
        className="rounded px-2 py-0.5 underline-offset-2 hover:underline aria-pressed:bg-white aria-pressed:font-semibold aria-pressed:text-gov-red"
      >
        {t("highContrast")}
      </button>
    </div>
  );
}

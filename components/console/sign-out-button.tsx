"use client";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("auth");
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/login?signedOut=1" })}
      className="rounded border border-stone-400 px-3 py-1 text-sm hover:bg-stone-100"
    >
      {t("signOut")}
    </button>
  );
}

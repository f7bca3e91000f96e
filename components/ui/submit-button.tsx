"use client";
import { useFormStatus } from "react-dom";

export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
}: {
  children: React.ReactNode;
  pendingLabel?: string;
  variant?: "primary" | "danger" | "secondary";
}) {
  const { pending } = useFormStatus();
  const colors = {
    primary: "bg-gov-red text-white hover:bg-gov-red-dark",
    danger: "bg-red-800 text-white hover:bg-red-900",
    secondary: "border border-stone-400 bg-white text-stone-900 hover:bg-stone-100",
  }[variant];
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`rounded px-4 py-2 font-medium disabled:opacity-60 ${colors}`}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}

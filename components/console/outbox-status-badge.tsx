import type { OutboxStatus } from "@/lib/generated/prisma/enums";

const COLORS: Record<OutboxStatus, string> = {
  PENDING: "border-amber-700 bg-amber-50 text-amber-900",
  SENT: "border-green-700 bg-green-50 text-green-900",
  FAILED: "border-red-700 bg-red-50 text-red-900",
};

/** An e-mail's delivery status, with its word (never colour alone). */
export function OutboxStatusBadge({ status, label }: { status: OutboxStatus; label: string }) {
  return <span className={`inline-block rounded border px-2 py-0.5 ${COLORS[status]}`}>{label}</span>;
}

// 网络申请: a citizen or organisation submits a request on the portal (or through the public API).
// Public: no user. Receipt (条例 art. 31, online: the day both sides confirm) is confirmed at once by the
// receipt the system issues, so the receipt date is the day of submission in China.
import { db } from "@/lib/db";
import { chinaToday } from "@/lib/calendar/calendar-date";
import { loadWorkingCalendar } from "@/lib/calendar/load-working-calendar";
import { notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { createRequest } from "./create-request";
import { ZOnlineRequest } from "./schemas";

export async function submitOnlineRequest(options: { input: unknown; clientIp?: string; now?: Date }) {
  const input = parseInput(ZOnlineRequest, options.input);
  const agency = await db.agency.findFirst({ where: { id: input.agencyId, active: true }, select: { id: true } });
  if (!agency) throw notFound();
  const { agencyId, ...applicant } = input;
  const calendar = await loadWorkingCalendar();
  return db.$transaction((tx) =>
    createRequest(tx, {
      applicant,
      agencyId,
      channel: "ONLINE",
      receiptBasis: "CONFIRMED",
      receivedOn: chinaToday(options.now),
      registeredById: null,
      actor: { id: null, label: "申请人", clientIp: options.clientIp ?? null },
    }, calendar),
  );
}

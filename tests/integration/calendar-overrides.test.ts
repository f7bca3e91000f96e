// The working-day calendar's administration on the real database: only the platform administrator
// corrects it, every change is audited in the same transaction, and loadWorkingCalendar sees it.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { toDbDate } from "@/lib/calendar/calendar-date";
import { confirmCalendarYear } from "@/lib/calendar/confirm-calendar-year";
import { loadWorkingCalendar } from "@/lib/calendar/load-working-calendar";
import { removeCalendarOverride } from "@/lib/calendar/remove-calendar-override";
import { setCalendarOverride } from "@/lib/calendar/set-calendar-override";
import { listCalendarOverrides } from "@/lib/calendar/queries";
import { DEMO, principalFor, seedDemo } from "../support/principals";
import { appError } from "../support/app-error";

beforeEach(async () => {
  await seedDemo();
});

const NOTICE = "国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕7号）";

describe("setCalendarOverride", () => {
  it("the platform administrator adds a holiday, audited without an agency", async () => {
    const admin = await principalFor(DEMO.platformAdmin);
    const saved = await setCalendarOverride({
      actor: admin,
      input: { date: "2027-10-04", kind: "HOLIDAY", note: ` ${NOTICE} ` },
    });
    expect(saved).toMatchObject({ date: "2027-10-04", kind: "HOLIDAY", note: NOTICE });

    const stored = await db.calendarOverride.findUniqueOrThrow({ where: { date: toDbDate("2027-10-04") } });
    expect(stored).toMatchObject({ kind: "HOLIDAY", note: NOTICE, createdById: admin.id });
    const events = await db.auditEvent.findMany();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: "calendar.override_set",
      actorId: admin.id,
      agencyId: null,
      entityType: "calendar",
      entityId: "2027-10-04",
      payload: { date: "2027-10-04", kind: "HOLIDAY", note: NOTICE, previous: null },
    });
  });

  it("setting the same date again replaces the override and records what it was", async () => {
    const admin = await principalFor(DEMO.platformAdmin);
    await setCalendarOverride({ actor: admin, input: { date: "2027-10-09", kind: "WORKDAY", note: "初稿" } });
    await setCalendarOverride({ actor: admin, input: { date: "2027-10-09", kind: "WORKDAY", note: NOTICE } });
    expect(await db.calendarOverride.count()).toBe(1);
    const last = await db.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(last.payload).toEqual({
      date: "2027-10-09",
      kind: "WORKDAY",
      note: NOTICE,
      previous: { kind: "WORKDAY", note: "初稿" },
    });
  });

  it("an agency administrator (and everyone else but the platform administrator) is refused; nothing written", async () => {
    for (const email of [DEMO.commerceAdmin, DEMO.commerceStaff, DEMO.governmentLeader]) {
      const error = await appError(
        setCalendarOverride({
          actor: await principalFor(email),
          input: { date: "2027-10-04", kind: "HOLIDAY", note: NOTICE },
        }),
      );
      expect(error.code, email).toBe("FORBIDDEN");
    }
    expect(await db.calendarOverride.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("invalid input gets errors next to its fields", async () => {
    const admin = await principalFor(DEMO.platformAdmin);
    const error = await appError(
      setCalendarOverride({ actor: admin, input: { date: "2027-02-30", kind: "HOLIDAY", note: "" } }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({ date: ["invalid"], note: ["required"] });

    const missing = await appError(
      setCalendarOverride({ actor: admin, input: { date: "", kind: "SOMETIMES", note: "x".repeat(301) } }),
    );
    expect(missing.fieldErrors).toEqual({ date: ["required"], kind: ["invalid"], note: ["tooLong"] });
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("refuses an override that says what the official calendar already says", async () => {
    const admin = await principalFor(DEMO.platformAdmin);
    // 2026-10-01 is 国庆节, 2027-10-03 a Sunday, and Fri 2027-10-01 a statutory holiday (全国年节及纪念日放假办法)
    // even before 2027's notice: already days off.
    for (const date of ["2026-10-01", "2027-10-03", "2027-10-01"]) {
      const error = await appError(
        setCalendarOverride({ actor: admin, input: { date, kind: "HOLIDAY", note: NOTICE } }),
      );
      expect(error.fieldErrors, date).toEqual({ date: ["alreadyOff"] });
    }
    // 2026-10-10 is a 调休 Saturday and 2027-10-11 a Monday: already working days.
    for (const date of ["2026-10-10", "2027-10-11"]) {
      const error = await appError(
        setCalendarOverride({ actor: admin, input: { date, kind: "WORKDAY", note: NOTICE } }),
      );
      expect(error.fieldErrors, date).toEqual({ date: ["alreadyWorking"] });
    }
    expect(await db.calendarOverride.count()).toBe(0);
  });
});

describe("removeCalendarOverride", () => {
  it("removes the override, audited with what was removed; an unknown date is not found", async () => {
    const admin = await principalFor(DEMO.platformAdmin);
    await setCalendarOverride({ actor: admin, input: { date: "2027-10-04", kind: "HOLIDAY", note: NOTICE } });
    await removeCalendarOverride({ actor: admin, input: { date: "2027-10-04" } });
    expect(await db.calendarOverride.count()).toBe(0);
    const last = await db.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(last).toMatchObject({
      type: "calendar.override_removed",
      agencyId: null,
      entityType: "calendar",
      entityId: "2027-10-04",
      payload: { date: "2027-10-04", kind: "HOLIDAY", note: NOTICE },
    });

    expect((await appError(removeCalendarOverride({ actor: admin, input: { date: "2027-10-04" } }))).code).toBe(
      "NOT_FOUND",
    );
  });

  it("an agency administrator cannot remove an override", async () => {
    const admin = await principalFor(DEMO.platformAdmin);
    await setCalendarOverride({ actor: admin, input: { date: "2027-10-04", kind: "HOLIDAY", note: NOTICE } });
    const error = await appError(
      removeCalendarOverride({ actor: await principalFor(DEMO.commerceAdmin), input: { date: "2027-10-04" } }),
    );
    expect(error.code).toBe("FORBIDDEN");
    expect(await db.calendarOverride.count()).toBe(1);
  });
});

describe("confirmCalendarYear", () => {
  it("confirms a year beyond chinese-days once, audited", async () => {
    const admin = await principalFor(DEMO.platformAdmin);
    await confirmCalendarYear({ actor: admin, input: { year: "2027", note: NOTICE } });
    expect(await db.calendarYear.findUniqueOrThrow({ where: { year: 2027 } })).toMatchObject({ note: NOTICE });
    expect(await db.auditEvent.findFirstOrThrow()).toMatchObject({
      type: "calendar.year_confirmed",
      agencyId: null,
      entityType: "calendar",
      entityId: "2027",
      payload: { year: 2027, note: NOTICE },
    });

    const again = await appError(confirmCalendarYear({ actor: admin, input: { year: 2027, note: NOTICE } }));
    expect(again).toMatchObject({ code: "CONFLICT", fieldErrors: { year: ["yearAlreadyConfirmed"] } });
    expect(await db.auditEvent.count()).toBe(1);
  });

  it("refuses years chinese-days already covers, bad input and other users", async () => {
    const admin = await principalFor(DEMO.platformAdmin);
    expect(
      (await appError(confirmCalendarYear({ actor: admin, input: { year: 2026, note: NOTICE } }))).fieldErrors,
    ).toEqual({ year: ["yearAlreadyOfficial"] });
    expect(
      (await appError(confirmCalendarYear({ actor: admin, input: { year: "20x7", note: "" } }))).fieldErrors,
    ).toEqual({ year: ["invalid"], note: ["required"] });
    expect(
      (
        await appError(
          confirmCalendarYear({ actor: await principalFor(DEMO.commerceAdmin), input: { year: 2027, note: NOTICE } }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect(await db.calendarYear.count()).toBe(0);
  });
});

describe("loadWorkingCalendar", () => {
  it("picks up overrides and confirmed years from the database", async () => {
    const admin = await principalFor(DEMO.platformAdmin);
    const before = await loadWorkingCalendar();
    // Friday 1 Jan 2027 (元旦) is a statutory holiday even while 2027 is unpublished; the deadline is provisional:
    // 11 Dec (1), 14–18 (6), 21–25 (11), 28–31 (15), [1 Jan], 4–8 Jan (20)
    expect(before.addWorkingDays("2026-12-10", 20)).toEqual({ date: "2027-01-08", provisional: true });

    await setCalendarOverride({ actor: admin, input: { date: "2027-01-04", kind: "HOLIDAY", note: NOTICE } });
    await setCalendarOverride({ actor: admin, input: { date: "2026-12-13", kind: "WORKDAY", note: "更正（示例）" } });
    await confirmCalendarYear({ actor: admin, input: { year: 2027, note: NOTICE } });

    const after = await loadWorkingCalendar();
    expect(after.isWorkingDay("2027-01-04")).toBe(false);
    expect(after.isWorkingDay("2026-12-13")).toBe(true); // a Sunday made a working day
    expect(after.isProvisional("2027-06-01")).toBe(false);
    // One day more for 4 Jan, one day less for the worked Sunday: the same date, now final.
    expect(after.addWorkingDays("2026-12-10", 20)).toEqual({ date: "2027-01-08", provisional: false });
    expect(after.addWorkingDays("2026-12-10", 3).date).toBe("2026-12-14");

    // The page's list of a year's overrides.
    const list = await listCalendarOverrides(admin, 2027);
    expect(list).toEqual([
      expect.objectContaining({ date: "2027-01-04", kind: "HOLIDAY", note: NOTICE, createdBy: admin.name }),
    ]);

    // Inside a transaction, through the transaction client.
    await db.$transaction(async (tx) => {
      expect((await loadWorkingCalendar(tx)).isWorkingDay("2027-01-04")).toBe(false);
    });
  });
});

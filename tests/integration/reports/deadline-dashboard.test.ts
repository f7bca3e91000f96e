// The dashboard warns everyone who reads an agency's reports while last year's report is unpublished:
// due until 31 January (departments) / 31 March (the government), 已逾期 after it, nothing once published.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { toDbDate } from "@/lib/calendar/calendar-date";
import { loadReportWarnings } from "@/lib/dashboard/queues";
import { DEMO, principalFor, seedDemo, userIdOf, type DemoAgencyIds } from "../../support/principals";

let agencies: DemoAgencyIds;
beforeEach(async () => {
  agencies = await seedDemo();
});

const at = (date: string) => new Date(`${date}T10:00:00+08:00`);

/** A published 2025 report of 商务局 whose first version came out on `publishedOn` (as B's approval would leave it). */
async function publish2025(publishedOn: string) {
  const [staff, leader] = await Promise.all([userIdOf(DEMO.commerceStaff), userIdOf(DEMO.commerceLeader)]);
  await db.annualReport.create({
    data: {
      agencyId: agencies.commerce,
      year: 2025,
      format: "GOV_2021",
      status: "PUBLISHED",
      versions: {
        create: {
          number: 1,
          format: "GOV_2021",
          figures: {},
          narrative: {},
          submittedById: staff,
          approvedById: leader,
          publishedOn: toDbDate(publishedOn as `${number}-${number}-${number}`),
        },
      },
    },
  });
}

describe("the annual report warning on the dashboard", () => {
  it("is late (已逾期) for 商务局 on 2026-11-28, for every role that reads reports there", async () => {
    for (const email of [DEMO.commerceStaff, DEMO.commerceReviewer, DEMO.commerceLeader, DEMO.commerceAdmin]) {
      const warnings = await loadReportWarnings(await principalFor(email), at("2026-11-28"));
      expect(warnings, email).toEqual([
        {
          agencyId: agencies.commerce,
          agencyName: "三明市三元区商务局",
          duty: { year: 2025, deadline: "2026-01-31", status: "late", daysLate: 301 },
        },
      ]);
    }
  });

  it("is due from 1 January to 31 January and late from 1 February (a department)", async () => {
    const staff = await principalFor(DEMO.commerceStaff);
    expect((await loadReportWarnings(staff, at("2026-01-01")))[0].duty).toMatchObject({ status: "due", daysLeft: 30 });
    expect((await loadReportWarnings(staff, at("2026-01-31")))[0].duty).toMatchObject({ status: "due", daysLeft: 0 });
    expect((await loadReportWarnings(staff, at("2026-02-01")))[0].duty).toMatchObject({ status: "late", daysLate: 1 });
  });

  it("gives the district government (no parent) until 31 March", async () => {
    const leader = await principalFor(DEMO.governmentLeader);
    expect(await loadReportWarnings(leader, at("2026-03-31"))).toEqual([
      {
        agencyId: agencies.government,
        agencyName: "三明市三元区人民政府",
        duty: { year: 2025, deadline: "2026-03-31", status: "due", daysLeft: 0 },
      },
    ]);
    expect((await loadReportWarnings(leader, at("2026-04-01")))[0].duty.status).toBe("late");
  });

  it("goes away once the report is published, even late", async () => {
    await publish2025("2026-02-10");
    expect(await loadReportWarnings(await principalFor(DEMO.commerceStaff), at("2026-11-28"))).toEqual([]);
    // 财政局 has not published: its own staff are still warned, and only about 财政局.
    expect(
      (await loadReportWarnings(await principalFor(DEMO.financeStaff), at("2026-11-28"))).map((w) => w.agencyId),
    ).toEqual([agencies.finance]);
  });

  it("is not shown to the platform administrator, who takes no part in reports", async () => {
    expect(await loadReportWarnings(await principalFor(DEMO.platformAdmin), at("2026-11-28"))).toEqual([]);
  });
});

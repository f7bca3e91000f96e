// 行政申诉、举报 are records: staff record one as it arrives and later its outcome; leaders and agency admins
// read them; another agency's complaint does not exist for anyone outside it.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { AppError } from "@/lib/errors/app-error";
import { recordComplaint } from "@/lib/complaints/record-complaint";
import { recordComplaintOutcome } from "@/lib/complaints/record-complaint-outcome";
import { findComplaintForUser, listComplaintAgencies, listComplaints } from "@/lib/complaints/queries";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../../support/principals";

let agencies: DemoAgencyIds;
let staff: CurrentUser,
  leader: CurrentUser,
  admin: CurrentUser,
  reviewer: CurrentUser,
  financeStaff: CurrentUser,
  platformAdmin: CurrentUser;

beforeEach(async () => {
  agencies = await seedDemo();
  [staff, leader, admin, reviewer, financeStaff, platformAdmin] = await Promise.all(
    [
      DEMO.commerceStaff,
      DEMO.commerceLeader,
      DEMO.commerceAdmin,
      DEMO.commerceReviewer,
      DEMO.financeStaff,
      DEMO.platformAdmin,
    ].map(principalFor),
  );
});

const now = new Date("2026-11-28T10:00:00+08:00");
const fail = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: AppError) => e,
  );
const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;
const input = {
  kind: "COMPLAINT",
  receivedOn: "2026-11-20",
  summary: "申请人称其于10月提出的政府信息公开申请逾期未获答复。",
};

describe("recording a 行政申诉/举报", () => {
  it("records it with a typed audit row, then its outcome once", async () => {
    const complaint = await recordComplaint({ actor: staff, agencyId: agencies.commerce, input, now });
    expect(complaint).toMatchObject({
      agencyId: agencies.commerce,
      kind: "COMPLAINT",
      summary: input.summary,
      handledOn: null,
      result: "",
    });
    expect(day(complaint.receivedOn)).toBe("2026-11-20");
    const recorded = await db.auditEvent.findFirstOrThrow({
      where: { type: "complaint.recorded", entityId: complaint.id },
    });
    expect(recorded).toMatchObject({
      agencyId: agencies.commerce,
      entityType: "complaint",
      actorId: staff.id,
      payload: { kind: "COMPLAINT", receivedOn: "2026-11-20" },
    });

    const handled = await recordComplaintOutcome({
      actor: staff,
      complaintId: complaint.id,
      input: { handledOn: "2026-11-27", result: "经核查，已于11月25日补发答复并向申请人说明情况。" },
      now,
    });
    expect(day(handled.handledOn)).toBe("2026-11-27");
    expect(handled.result).toContain("补发答复");
    expect(await db.auditEvent.count({ where: { type: "complaint.outcome_recorded", entityId: complaint.id } })).toBe(
      1,
    );

    // An outcome is recorded once; a second attempt (or a race) is refused and changes nothing.
    const again = await fail(
      recordComplaintOutcome({
        actor: staff,
        complaintId: complaint.id,
        input: { handledOn: "2026-11-28", result: "再次处理" },
        now,
      }),
    );
    expect(again).toMatchObject({ code: "CONFLICT", message: "complaintAlreadyHandled" });
    expect(day((await db.complaint.findUniqueOrThrow({ where: { id: complaint.id } })).handledOn)).toBe("2026-11-27");
  });

  it("puts each mistake next to its field: kind, date, summary", async () => {
    const e = await fail(
      recordComplaint({
        actor: staff,
        agencyId: agencies.commerce,
        input: { kind: "PETITION", receivedOn: "2026-02-30", summary: "  " },
        now,
      }),
    );
    expect(e?.fieldErrors).toEqual({ kind: ["required"], receivedOn: ["date"], summary: ["required"] });
    const future = await fail(
      recordComplaint({
        actor: staff,
        agencyId: agencies.commerce,
        input: { ...input, receivedOn: "2026-11-29" },
        now,
      }),
    );
    expect(future?.fieldErrors).toEqual({ receivedOn: ["futureDate"] });
    expect(await db.complaint.count()).toBe(0);
  });

  it("takes today's China date: received on 2026-11-29 is fine at 00:30 Beijing time", async () => {
    const justAfterMidnight = new Date("2026-11-28T16:30:00Z");
    await expect(
      recordComplaint({
        actor: staff,
        agencyId: agencies.commerce,
        input: { ...input, kind: "REPORT", receivedOn: "2026-11-29" },
        now: justAfterMidnight,
      }),
    ).resolves.toMatchObject({ kind: "REPORT" });
  });

  it("refuses an outcome handled before the complaint was received, or in the future", async () => {
    const complaint = await recordComplaint({ actor: staff, agencyId: agencies.commerce, input, now });
    const early = await fail(
      recordComplaintOutcome({
        actor: staff,
        complaintId: complaint.id,
        input: { handledOn: "2026-11-19", result: "已处理" },
        now,
      }),
    );
    expect(early?.fieldErrors).toEqual({ handledOn: ["handledBeforeReceived"] });
    const future = await fail(
      recordComplaintOutcome({
        actor: staff,
        complaintId: complaint.id,
        input: { handledOn: "2026-12-01", result: "已处理" },
        now,
      }),
    );
    expect(future?.fieldErrors).toEqual({ handledOn: ["futureDate"] });
    const empty = await fail(
      recordComplaintOutcome({
        actor: staff,
        complaintId: complaint.id,
        input: { handledOn: "2026-11-20", result: "" },
        now,
      }),
    );
    expect(empty?.fieldErrors).toEqual({ result: ["required"] });
    // Handled the day it arrived is allowed.
    await expect(
      recordComplaintOutcome({
        actor: staff,
        complaintId: complaint.id,
        input: { handledOn: "2026-11-20", result: "当场答复。" },
        now,
      }),
    ).resolves.toBeTruthy();
  });
});

describe("who may record and read them", () => {
  it("only staff record; leaders and agency admins read; reviewers and the platform admin see nothing", async () => {
    expect(await fail(recordComplaint({ actor: leader, agencyId: agencies.commerce, input, now }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await fail(recordComplaint({ actor: admin, agencyId: agencies.commerce, input, now }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await fail(recordComplaint({ actor: reviewer, agencyId: agencies.commerce, input, now }))).toMatchObject({
      code: "NOT_FOUND",
    });
    const complaint = await recordComplaint({ actor: staff, agencyId: agencies.commerce, input, now });
    expect(
      await fail(
        recordComplaintOutcome({
          actor: leader,
          complaintId: complaint.id,
          input: { handledOn: "2026-11-27", result: "x" },
          now,
        }),
      ),
    ).toMatchObject({ code: "FORBIDDEN" });

    for (const reader of [staff, leader, admin]) {
      expect((await listComplaints(reader, { agencyId: agencies.commerce })).map((c) => c.id)).toEqual([complaint.id]);
      expect((await findComplaintForUser(reader, complaint.id))?.agency.name).toBe("三明市三元区商务局");
    }
    for (const outsider of [reviewer, platformAdmin]) {
      expect(await listComplaints(outsider, { agencyId: agencies.commerce })).toEqual([]);
      expect(await findComplaintForUser(outsider, complaint.id)).toBeNull();
      expect(await listComplaintAgencies(outsider)).toEqual([]);
    }
  });

  it("answers 404 across agencies: 财政局's staff can neither see nor touch 商务局's complaints, nor record one there", async () => {
    const complaint = await recordComplaint({ actor: staff, agencyId: agencies.commerce, input, now });
    expect(await findComplaintForUser(financeStaff, complaint.id)).toBeNull();
    expect(await listComplaints(financeStaff, { agencyId: agencies.commerce })).toEqual([]);
    expect(
      await fail(
        recordComplaintOutcome({
          actor: financeStaff,
          complaintId: complaint.id,
          input: { handledOn: "2026-11-27", result: "x" },
          now,
        }),
      ),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(await fail(recordComplaint({ actor: financeStaff, agencyId: agencies.commerce, input, now }))).toMatchObject(
      { code: "NOT_FOUND" },
    );
    expect(
      await fail(recordComplaintOutcome({ actor: staff, complaintId: "not-a-uuid", input: {}, now })),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(await db.complaint.count({ where: { agencyId: agencies.finance } })).toBe(0);
    expect((await listComplaintAgencies(financeStaff)).map((a) => a.id)).toEqual([agencies.finance]);
  });
});

describe("the list", () => {
  it("filters by the year received, newest first", async () => {
    const old = await recordComplaint({
      actor: staff,
      agencyId: agencies.commerce,
      input: { ...input, receivedOn: "2025-12-31" },
      now,
    });
    const a = await recordComplaint({
      actor: staff,
      agencyId: agencies.commerce,
      input: { ...input, receivedOn: "2026-01-01" },
      now,
    });
    const b = await recordComplaint({
      actor: staff,
      agencyId: agencies.commerce,
      input: { ...input, kind: "REPORT", receivedOn: "2026-06-01" },
      now,
    });
    expect((await listComplaints(staff, { agencyId: agencies.commerce, year: 2026 })).map((c) => c.id)).toEqual([
      b.id,
      a.id,
    ]);
    expect((await listComplaints(staff, { agencyId: agencies.commerce, year: 2025 })).map((c) => c.id)).toEqual([
      old.id,
    ]);
    expect(await listComplaints(staff, { agencyId: agencies.commerce })).toHaveLength(3);
  });
});

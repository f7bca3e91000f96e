// Agencies (机关): who sees which agency, what an agency's own administrator may change (contact details,
// not the code nor the place in the tree), and what only the platform administrator may do.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findAgencyForUser, listAgenciesForUser } from "@/lib/agencies/queries";
import { updateAgency } from "@/lib/agencies/update-agency";
import { createAgency } from "@/lib/agencies/create-agency";
import type { Agency } from "@/lib/generated/prisma/client";
import { DEMO, principalFor, seedDemo, userIdOf, type DemoAgencyIds } from "../support/principals";
import { appError } from "../support/app-error";

let agencies: DemoAgencyIds;
beforeEach(async () => {
  agencies = await seedDemo();
});

/** The agency's edit form as the console submits it, with some fields changed. */
async function formOf(agencyId: string, changes: Record<string, unknown> = {}) {
  const a: Agency = await db.agency.findUniqueOrThrow({ where: { id: agencyId } });
  return {
    code: a.code,
    name: a.name,
    shortName: a.shortName,
    parentId: a.parentId ?? "",
    address: a.address,
    postcode: a.postcode,
    phone: a.phone,
    fax: a.fax,
    email: a.email,
    website: a.website,
    officeHours: a.officeHours,
    disclosureOffice: a.disclosureOffice,
    sortOrder: String(a.sortOrder),
    ...changes,
  };
}

const agency = (id: string) => db.agency.findUniqueOrThrow({ where: { id } });

describe("findAgencyForUser", () => {
  it("finds the user's own agency", async () => {
    const staff = await principalFor(DEMO.commerceStaff);
    expect((await findAgencyForUser(staff, agencies.commerce))?.id).toBe(agencies.commerce);
  });

  it("returns null for another agency's id (never some other agency)", async () => {
    const staff = await principalFor(DEMO.commerceStaff);
    expect(await findAgencyForUser(staff, agencies.finance)).toBeNull();
    expect(await findAgencyForUser(staff, agencies.government)).toBeNull();
  });

  it("returns null for a malformed or unknown id", async () => {
    const admin = await principalFor(DEMO.platformAdmin);
    expect(await findAgencyForUser(admin, "not-a-uuid")).toBeNull();
    expect(await findAgencyForUser(admin, `${agencies.commerce}' OR '1'='1`)).toBeNull();
    expect(await findAgencyForUser(admin, "0190a000-0000-7000-8000-000000000000")).toBeNull();
  });

  it("returns exactly the agency asked for when the user belongs to several", async () => {
    await db.membership.create({
      data: { userId: await userIdOf(DEMO.commerceStaff), agencyId: agencies.finance, role: "STAFF" },
    });
    const staff = await principalFor(DEMO.commerceStaff);
    expect((await findAgencyForUser(staff, agencies.finance))?.id).toBe(agencies.finance);
    expect((await findAgencyForUser(staff, agencies.commerce))?.id).toBe(agencies.commerce);
  });

  it("the platform administrator finds every agency", async () => {
    const admin = await principalFor(DEMO.platformAdmin);
    for (const id of Object.values(agencies)) expect((await findAgencyForUser(admin, id))?.id).toBe(id);
  });

  it("a user lists only their own agencies; the platform administrator all five", async () => {
    expect((await listAgenciesForUser(await principalFor(DEMO.commerceStaff))).map((a) => a.id)).toEqual([
      agencies.commerce,
    ]);
    expect(await listAgenciesForUser(await principalFor(DEMO.platformAdmin))).toHaveLength(5);
  });
});

describe("updateAgency by the agency's own administrator", () => {
  it("changes the contact details, audited as agency.updated with from/to", async () => {
    const admin = await principalFor(DEMO.commerceAdmin);
    const before = await agency(agencies.commerce);
    const updated = await updateAgency({
      actor: admin,
      agencyId: agencies.commerce,
      input: await formOf(agencies.commerce, {
        phone: "0598-8888888",
        email: "SWJ@Sanyuan.gov.cn",
        disclosureOffice: "三元区商务局综合股",
      }),
    });
    expect(updated).toMatchObject({
      phone: "0598-8888888",
      email: "swj@sanyuan.gov.cn",
      disclosureOffice: "三元区商务局综合股",
    });
    expect(await agency(agencies.commerce)).toMatchObject({
      phone: "0598-8888888",
      code: before.code,
      parentId: before.parentId,
    });

    const events = await db.auditEvent.findMany();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: "agency.updated",
      actorId: admin.id,
      agencyId: agencies.commerce,
      entityType: "agency",
      entityId: agencies.commerce,
      payload: {
        changes: {
          phone: { from: "0598-8336118", to: "0598-8888888" },
          email: { from: "sywjmj@163.com", to: "swj@sanyuan.gov.cn" },
          disclosureOffice: { from: "三元区商务局办公室", to: "三元区商务局综合股" },
        },
      },
    });
  });

  it("cannot change the code or the parent: those fields are ignored", async () => {
    const admin = await principalFor(DEMO.commerceAdmin);
    await updateAgency({
      actor: admin,
      agencyId: agencies.commerce,
      input: await formOf(agencies.commerce, {
        code: "999999999",
        parentId: agencies.finance,
        address: "三元区新市中路1号",
      }),
    });
    const after = await agency(agencies.commerce);
    expect(after).toMatchObject({ code: "350403001", parentId: agencies.government, address: "三元区新市中路1号" });
    const [event] = await db.auditEvent.findMany();
    expect(Object.keys((event.payload as { changes: object }).changes)).toEqual(["address"]);
  });

  it("submitting the form unchanged writes no audit event", async () => {
    const admin = await principalFor(DEMO.commerceAdmin);
    await updateAgency({ actor: admin, agencyId: agencies.commerce, input: await formOf(agencies.commerce) });
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("cannot update another agency: not found", async () => {
    const admin = await principalFor(DEMO.commerceAdmin);
    const error = await appError(
      updateAgency({
        actor: admin,
        agencyId: agencies.finance,
        input: await formOf(agencies.finance, { phone: "110" }),
      }),
    );
    expect(error.code).toBe("NOT_FOUND");
    expect((await agency(agencies.finance)).phone).toBe("");
  });

  it("staff and leaders cannot update their own agency", async () => {
    for (const email of [DEMO.commerceStaff, DEMO.commerceLeader]) {
      const error = await appError(
        updateAgency({
          actor: await principalFor(email),
          agencyId: agencies.commerce,
          input: await formOf(agencies.commerce, { phone: "110" }),
        }),
      );
      expect(error.code, email).toBe("FORBIDDEN");
    }
    expect((await agency(agencies.commerce)).phone).toBe("0598-8336118");
  });

  it("an administrator of two agencies updates the one asked for, with a true audit diff", async () => {
    await db.membership.create({
      data: { userId: await userIdOf(DEMO.commerceAdmin), agencyId: agencies.finance, role: "AGENCY_ADMIN" },
    });
    const admin = await principalFor(DEMO.commerceAdmin);
    await updateAgency({
      actor: admin,
      agencyId: agencies.finance,
      input: await formOf(agencies.finance, { phone: "0598-1234567" }),
    });
    expect(await agency(agencies.finance)).toMatchObject({ phone: "0598-1234567", name: "三明市三元区财政局" });
    expect((await agency(agencies.commerce)).phone).toBe("0598-8336118");
    const [event] = await db.auditEvent.findMany();
    expect(event.payload).toEqual({ changes: { phone: { from: "", to: "0598-1234567" } } });
  });

  it("invalid contact details are validation errors on their fields", async () => {
    const admin = await principalFor(DEMO.commerceAdmin);
    const error = await appError(
      updateAgency({
        actor: admin,
        agencyId: agencies.commerce,
        input: await formOf(agencies.commerce, { postcode: "3650", email: "nope", name: "" }),
      }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({ postcode: ["postcode"], email: ["email"], name: ["required"] });
  });
});

describe("updateAgency by the platform administrator", () => {
  it("can change the code", async () => {
    const admin = await principalFor(DEMO.platformAdmin);
    await updateAgency({
      actor: admin,
      agencyId: agencies.commerce,
      input: await formOf(agencies.commerce, { code: "350403101" }),
    });
    expect((await agency(agencies.commerce)).code).toBe("350403101");
    const [event] = await db.auditEvent.findMany();
    expect(event.payload).toEqual({ changes: { code: { from: "350403001", to: "350403101" } } });
  });

  it("a code already used by another agency is a conflict on the code field", async () => {
    const admin = await principalFor(DEMO.platformAdmin);
    const error = await appError(
      updateAgency({
        actor: admin,
        agencyId: agencies.commerce,
        input: await formOf(agencies.commerce, { code: "350403002" }),
      }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.fieldErrors).toEqual({ code: ["agencyCodeTaken"] });
    expect((await agency(agencies.commerce)).code).toBe("350403001");
  });

  it("can move an agency under another one", async () => {
    const admin = await principalFor(DEMO.platformAdmin);
    await updateAgency({
      actor: admin,
      agencyId: agencies.finance,
      input: await formOf(agencies.finance, { parentId: agencies.commerce }),
    });
    expect((await agency(agencies.finance)).parentId).toBe(agencies.commerce);
  });

  it("refuses a parent cycle: itself, a child, or a grandchild", async () => {
    const admin = await principalFor(DEMO.platformAdmin);
    const self = await appError(
      updateAgency({
        actor: admin,
        agencyId: agencies.commerce,
        input: await formOf(agencies.commerce, { parentId: agencies.commerce }),
      }),
    );
    expect(self.code).toBe("VALIDATION");
    expect(self.fieldErrors).toEqual({ parentId: ["parentCycle"] });
    const child = await appError(
      updateAgency({
        actor: admin,
        agencyId: agencies.government,
        input: await formOf(agencies.government, { parentId: agencies.commerce }),
      }),
    );
    expect(child.fieldErrors).toEqual({ parentId: ["parentCycle"] });

    const office = await db.agency.create({
      data: {
        code: "350403001-01",
        name: "三元区商务局办公室",
        shortName: "商务局办公室",
        parentId: agencies.commerce,
      },
    });
    const grandchild = await appError(
      updateAgency({
        actor: admin,
        agencyId: agencies.government,
        input: await formOf(agencies.government, { parentId: office.id }),
      }),
    );
    expect(grandchild.fieldErrors).toEqual({ parentId: ["parentCycle"] });
    expect((await agency(agencies.government)).parentId).toBeNull();
  });

  it("refuses a parent that does not exist as a validation error (not a database error)", async () => {
    const admin = await principalFor(DEMO.platformAdmin);
    const error = await appError(
      updateAgency({
        actor: admin,
        agencyId: agencies.commerce,
        input: await formOf(agencies.commerce, { parentId: "0190a000-0000-7000-8000-000000000000" }),
      }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({ parentId: ["invalid"] });
  });
});

describe("createAgency", () => {
  const newAgency = (parentId: string, changes: Record<string, unknown> = {}) => ({
    code: "350403005",
    name: "三明市三元区卫生健康局",
    shortName: "三元区卫健局",
    parentId,
    address: "",
    postcode: "365001",
    phone: "",
    fax: "",
    email: "",
    website: "",
    officeHours: "",
    disclosureOffice: "三元区卫生健康局办公室",
    ...changes,
  });

  it("the platform administrator creates an agency, audited as agency.created", async () => {
    const admin = await principalFor(DEMO.platformAdmin);
    const created = await createAgency({ actor: admin, input: newAgency(agencies.government) });
    expect(created).toMatchObject({ code: "350403005", parentId: agencies.government, sortOrder: 0 });
    const [event] = await db.auditEvent.findMany();
    expect(event).toMatchObject({
      type: "agency.created",
      actorId: admin.id,
      agencyId: created.id,
      entityType: "agency",
      entityId: created.id,
      payload: { code: "350403005", name: "三明市三元区卫生健康局", parentId: agencies.government },
    });
  });

  it("nobody else may create one, not even an agency administrator", async () => {
    for (const email of [DEMO.commerceAdmin, DEMO.governmentLeader, DEMO.commerceStaff]) {
      const error = await appError(
        createAgency({ actor: await principalFor(email), input: newAgency(agencies.government) }),
      );
      expect(error.code, email).toBe("FORBIDDEN");
    }
    expect(await db.agency.count()).toBe(5);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("a taken code is a conflict; an unknown parent a validation error", async () => {
    const admin = await principalFor(DEMO.platformAdmin);
    const taken = await appError(
      createAgency({ actor: admin, input: newAgency(agencies.government, { code: "350403001" }) }),
    );
    expect(taken).toMatchObject({ code: "CONFLICT", fieldErrors: { code: ["agencyCodeTaken"] } });
    const orphan = await appError(
      createAgency({ actor: admin, input: newAgency("0190a000-0000-7000-8000-000000000000") }),
    );
    expect(orphan).toMatchObject({ code: "VALIDATION", fieldErrors: { parentId: ["invalid"] } });
    expect(await db.agency.count()).toBe(5);
  });
});

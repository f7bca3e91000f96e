// Canary items for the visibility tests: a withheld item (不予公开), a withdrawn item (已撤回), a draft, and
// a public item whose pending new revision is still a draft — each with a unique string in its title,
// summary, body, keywords and PDF attachment (name and text). Created through the real use cases as the
// demo users of 三元区商务局, never by writing states. No public page, feed, sitemap or API answer may
// ever contain one of these strings.
//
// Used by the integration tests (import createCanaries) and by e2e/canary.spec.ts, which runs this file
// with tsx against the e2e database: `DATABASE_URL=… tsx e2e/support/canary.ts` prints the canaries as JSON.
import { randomBytes } from "node:crypto";
import { pathToFileURL } from "node:url";
import { db } from "@/lib/db";
import { loadPrincipal, type CurrentUser } from "@/lib/auth/load-principal";
import { DEMO_COMMERCE_CODE } from "@/lib/demo/seed-demo-data";
import { addItemAttachment } from "@/lib/items/attachments";
import { createItemDraft } from "@/lib/items/create-item-draft";
import { startRevision } from "@/lib/items/start-revision";
import { transitionRevision } from "@/lib/items/transition-revision";
import { updateItemDraft } from "@/lib/items/update-item-draft";
import { withdrawItem } from "@/lib/items/withdraw-item";
import { chinesePdf } from "../../tests/fixtures/attachments/build-fixtures";

export type Canary = {
  kind: "WITHHELD" | "WITHDRAWN" | "DRAFT" | "PENDING_REVISION";
  marker: string;
  itemId: string;
  attachmentId: string;
  publiclyListed: boolean;
};

async function principal(email: string): Promise<CurrentUser> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, sessionVersion: true } });
  const loaded = await loadPrincipal(user.id, user.sessionVersion);
  if (!loaded) throw new Error(`cannot load ${email}`);
  return loaded;
}

function draftInput(agencyId: string, marker: string, overrides: Record<string, unknown> = {}) {
  return {
    agencyId,
    title: `关于${marker}的通知`,
    documentNumber: "",
    writtenOn: "2026-03-02",
    subjectCategory: "08",
    catalogueCategoryId: "",
    genre: "NOTICE",
    documentKind: "OTHER",
    channels: ["WEBSITE"],
    keywords: "安全生产，商务",
    summary: `摘要 ${marker}。`,
    bodyMarkdown: `各商贸企业：\n\n正文 ${marker}，安全生产月活动。`,
    disclosure: "PROACTIVE",
    ...overrides,
  };
}

/** Creates the canaries in the agency `agencyCode` (default 三元区商务局); `tag` makes the strings unique. */
export async function createCanaries(options: { agencyCode?: string; tag?: string } = {}): Promise<Canary[]> {
  const tag = options.tag ?? randomBytes(5).toString("hex");
  const agency = await db.agency.findUniqueOrThrow({
    where: { code: options.agencyCode ?? DEMO_COMMERCE_CODE },
    select: { id: true },
  });
  const [staff, reviewer, leader] = await Promise.all(
    ["swj.staff@gongkai.demo", "swj.reviewer@gongkai.demo", "swj.leader@gongkai.demo"].map(principal),
  );
  // Short enough to fit one line of the PDF page, so the extracted text holds the whole string.
  const marker = (kind: Canary["kind"]) => `CANARY-${kind === "PENDING_REVISION" ? "PENDING" : kind}-${tag}`;
  const attach = async (itemId: string, text: string) =>
    (
      await addItemAttachment({
        actor: staff,
        itemId,
        file: { bytes: chinesePdf(["附件", text]), fileName: `${text}.pdf` },
      })
    ).id;
  const throughReview = async (itemId: string) => {
    await transitionRevision({ actor: staff, itemId, transition: "submit" });
    await transitionRevision({ actor: reviewer, itemId, transition: "pass" });
    await transitionRevision({ actor: leader, itemId, transition: "approve" });
  };
  const canaries: Canary[] = [];

  const withheld = marker("WITHHELD");
  const withheldItem = await createItemDraft({
    actor: staff,
    input: draftInput(agency.id, withheld, {
      disclosure: "WITHHELD",
      withholdGround: "PROCESS_INFO",
      withholdReason: `过程性信息 ${withheld}`,
    }),
  });
  const withheldAttachment = await attach(withheldItem.id, withheld);
  await throughReview(withheldItem.id);
  canaries.push({
    kind: "WITHHELD",
    marker: withheld,
    itemId: withheldItem.id,
    attachmentId: withheldAttachment,
    publiclyListed: false,
  });

  const withdrawn = marker("WITHDRAWN");
  const withdrawnItem = await createItemDraft({ actor: staff, input: draftInput(agency.id, withdrawn) });
  const withdrawnAttachment = await attach(withdrawnItem.id, withdrawn);
  await throughReview(withdrawnItem.id);
  await withdrawItem({ actor: leader, itemId: withdrawnItem.id, input: { reason: `撤回 ${withdrawn}` } });
  canaries.push({
    kind: "WITHDRAWN",
    marker: withdrawn,
    itemId: withdrawnItem.id,
    attachmentId: withdrawnAttachment,
    publiclyListed: false,
  });

  const draft = marker("DRAFT");
  const draftItem = await createItemDraft({ actor: staff, input: draftInput(agency.id, draft) });
  const draftAttachment = await attach(draftItem.id, draft);
  canaries.push({
    kind: "DRAFT",
    marker: draft,
    itemId: draftItem.id,
    attachmentId: draftAttachment,
    publiclyListed: false,
  });

  // A public item stays public while its next revision is drafted: the draft's text and file must not show.
  const pending = marker("PENDING_REVISION");
  const publicItem = await createItemDraft({
    actor: staff,
    input: draftInput(agency.id, `公开版本${tag}`, { title: `商务局公开信息${tag}` }),
  });
  await throughReview(publicItem.id);
  await startRevision({ actor: staff, itemId: publicItem.id });
  await updateItemDraft({ actor: staff, itemId: publicItem.id, input: draftInput(agency.id, pending) });
  const pendingAttachment = await attach(publicItem.id, pending);
  canaries.push({
    kind: "PENDING_REVISION",
    marker: pending,
    itemId: publicItem.id,
    attachmentId: pendingAttachment,
    publiclyListed: true,
  });

  return canaries;
}

// Run directly (tsx e2e/support/canary.ts): create the canaries in DATABASE_URL and print them as JSON.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const canaries = await createCanaries({ tag: process.env.CANARY_TAG || undefined });
    process.stdout.write(`${JSON.stringify(canaries)}\n`);
  } finally {
    await db.$disconnect();
  }
}

// Personal access tokens (个人访问令牌) for the console API. A token acts as its user, with the user's
// current roles and agencies: it is loaded through the same loadPrincipal as a session, so deactivating
// the user stops every token at once. The secret (`gk_` + 32 random bytes, base64url) is shown once;
// only its SHA-256 and a short prefix (to recognise it in the list) are stored.
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { loadPrincipal, type CurrentUser } from "@/lib/auth/load-principal";
import { canAnywhere } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/forms/validation";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors/app-error";
import { parseInput, zRequiredText } from "@/lib/forms/validation";

export const TOKEN_PREFIX = "gk_";
const SECRET_PATTERN = /^gk_[A-Za-z0-9_-]{43}$/;
/** Characters kept to recognise a token: `gk_` and the first 8 of the random part. */
const SHOWN_LENGTH = 11;
/** lastUsedAt is written at most this often per token, not on every API call. */
const LAST_USED_PRECISION_MS = 60_000;

export const ZTokenCreate = z.object({
  name: zRequiredText(100),
  /** Empty: never expires (until revoked). */
  expiresInDays: z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.coerce.number().int("invalid").min(1, "invalid").max(3650, "invalid").optional(),
  ),
});
export type TTokenCreate = z.infer<typeof ZTokenCreate>;

export const hashToken = (secret: string) => createHash("sha256").update(secret, "utf8").digest("hex");

function requireTokenAccess(actor: CurrentUser) {
  if (!canAnywhere(actor, "token.manage")) throw new AppError("FORBIDDEN");
}

/** Creates a token for the actor. The secret is in the result and nowhere else, ever. */
export async function createToken(options: { actor: CurrentUser; name: unknown; expiresInDays?: unknown; now?: Date }) {
  const { actor } = options;
  requireTokenAccess(actor);
  const input = parseInput(ZTokenCreate, { name: options.name, expiresInDays: options.expiresInDays });
  const now = options.now ?? new Date();
  const secret = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const prefix = secret.slice(0, SHOWN_LENGTH);
  const expiresAt = input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000) : null;
  const token = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { userId: actor.id, name: input.name, prefix, tokenHash: hashToken(secret), expiresAt, createdAt: now },
      select: { id: true, name: true, prefix: true, createdAt: true, expiresAt: true },
    });
    await recordAudit(tx, {
      type: "token.created",
      actor: { id: actor.id, label: actor.name },
      agencyId: null,
      entity: { type: "token", id: created.id },
      payload: { name: created.name, prefix },
    });
    return created;
  });
  return { ...token, secret };
}

/** Revokes one of the actor's own tokens; another user's token does not exist for them. Repeating is a no-op. */
export async function revokeToken(options: { actor: CurrentUser; tokenId: string; now?: Date }) {
  const { actor, tokenId } = options;
  requireTokenAccess(actor);
  if (!isUuid(tokenId)) throw notFound();
  const token = await db.apiToken.findFirst({
    where: { id: tokenId, userId: actor.id },
    select: { id: true, name: true },
  });
  if (!token) throw notFound();
  await db.$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({
      where: { id: token.id, revokedAt: null },
      data: { revokedAt: options.now ?? new Date() },
    });
    if (count === 0) return;
    await recordAudit(tx, {
      type: "token.revoked",
      actor: { id: actor.id, label: actor.name },
      agencyId: null,
      entity: { type: "token", id: token.id },
      payload: { name: token.name },
    });
  });
}

/** The actor's tokens, newest first, without anything secret. */
export async function listTokens(actor: CurrentUser) {
  return db.apiToken.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true },
  });
}

export type TokenStatus = "active" | "expired" | "revoked";
export function tokenStatus(token: { expiresAt: Date | null; revokedAt: Date | null }, now = new Date()): TokenStatus {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && token.expiresAt <= now) return "expired";
  return "active";
}

/**
 * The user a token stands for, or null (unknown, revoked or expired token; deactivated user). Notes the
 * time of use.
 */
export async function authenticateToken(secret: string, options: { now?: Date } = {}): Promise<CurrentUser | null> {
  if (!SECRET_PATTERN.test(secret)) return null;
  const now = options.now ?? new Date();
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(secret) },
    select: {
      id: true,
      revokedAt: true,
      expiresAt: true,
      lastUsedAt: true,
      user: { select: { id: true, sessionVersion: true } },
    },
  });
  if (!token || tokenStatus(token, now) !== "active") return null;
  // Imported here, not at the top: current-user.ts pulls in next-auth, whose CommonJS default export
  // breaks under plain Node/tsx (scripts/cli.ts imports this module but never authenticates).
  const user = await loadPrincipal(token.user.id, token.user.sessionVersion);
  if (!user) return null;
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= LAST_USED_PRECISION_MS) {
    await db.apiToken.updateMany({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  return user;
}

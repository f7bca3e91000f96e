// A unique index refused a write (Prisma P2002): two requests raced past the same "is it taken?" check.
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

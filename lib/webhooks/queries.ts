import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/forms/validation";

/** The agency's endpoints with their latest deliveries, for its administrator (never the secret). */
export async function listWebhookEndpoints(actor: CurrentUser, agencyId: string) {
  if (!isUuid(agencyId) || !can(actor, "webhook.manage", agencyId)) return null;
  return db.webhookEndpoint.findMany({
    where: { agencyId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      url: true,
      description: true,
      events: true,
      active: true,
      createdAt: true,
      deliveries: {
        orderBy: { createdAt: "desc" },
        take: 5,
        select: {
          id: true,
          event: true,
          status: true,
          attempts: true,
          lastStatus: true,
          lastError: true,
          createdAt: true,
        },
      },
    },
  });
}

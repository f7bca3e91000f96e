// The events an integrator may subscribe to. They are produced by database triggers (prisma/migrations/
// *_webhooks) in the transaction of the change; only what the public may see is ever reported.
export const WEBHOOK_EVENTS = ["item.published", "item.withdrawn", "report.published"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** The event's message key (next-intl reads dots as nesting): item.published → item_published. */
export const webhookEventKey = (event: string) => event.replace(".", "_");

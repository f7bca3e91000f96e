import { z } from "zod";
import { zRequiredText, zText } from "@/lib/forms/validation";
import { WEBHOOK_EVENTS } from "./events";

/** An endpoint as the agency administrator registers it. Only http(s) addresses, without credentials in them. */
export const ZWebhookEndpoint = z.object({
  url: zRequiredText(500).refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "https:" || url.protocol === "http:") && !url.username && !url.password;
    } catch {
      return false;
    }
  }, "webhookUrl"),
  description: zText(200),
  events: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.enum(WEBHOOK_EVENTS, "invalid")).min(1, "webhookEventsRequired"),
  ),
});
export type TWebhookEndpoint = z.infer<typeof ZWebhookEndpoint>;

// The answer while the database is unreachable: 503 with Retry-After, a short page in the visitor's language
// (or the API's JSON error), and the request id to quote. Self-contained: nothing here may need the database.
export const RETRY_AFTER_SECONDS = 10;

const TEXT = {
  "zh-CN": {
    title: "服务暂时不可用",
    body: "系统正在恢复，请稍后刷新页面。您之前已经提交成功的申请和材料不会丢失。",
    reference: "请求编号",
    api: "服务暂时不可用，请稍后再试。",
  },
  en: {
    title: "Service briefly unavailable",
    body: "The system is recovering. Please reload the page in a moment. Anything you submitted successfully before is safe.",
    reference: "Request id",
    api: "The service is briefly unavailable. Please try again shortly.",
  },
} as const;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

export function unavailableResponse(path: string, acceptLanguage: string | undefined, requestId: string) {
  const locale =
    (acceptLanguage ?? "").trim().toLowerCase().startsWith("en") || path.startsWith("/en/") ? "en" : "zh-CN";
  const text = TEXT[locale];
  const common = { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" };
  if (path.startsWith("/api/")) {
    return {
      headers: { ...common, "Content-Type": "application/json; charset=utf-8" },
      body: JSON.stringify({ error: { code: "UNAVAILABLE", message: text.api, requestId } }),
    };
  }
  const body = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text.title}</title></head>
<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1c1917">
<main id="main"><h1>${text.title}</h1><p>${text.body}</p>
<p style="color:#57534e">${text.reference}: <code>${escapeHtml(requestId)}</code></p></main>
</body></html>`;
  return { headers: { ...common, "Content-Type": "text/html; charset=utf-8" }, body };
}

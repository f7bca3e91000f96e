// The API reference at /api/v1/docs: Swagger UI (npm swagger-ui-dist, maintained by SmartBear) rendering
// /api/v1/openapi.json, every file served by the app itself — no CDN, so it works on an intranet (政务内网).
// The page runs under the app's Content-Security-Policy: its scripts and stylesheet carry the request's
// nonce (proxy.ts), and the start-up code is a file of its own, not an inline script.
import { readFile } from "node:fs/promises";
import path from "node:path";

/** The viewer's files, by the name the page asks for. Nothing else is served from the package. */
const VIEWER_FILES = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
} as const;

/** Starts the viewer once its bundle has loaded. No validator badge: it would call validator.swagger.io. */
const START_SCRIPT = `window.addEventListener("DOMContentLoaded", function () {
  window.ui = SwaggerUIBundle({
    url: "/api/v1/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
});
`;

export const REFERENCE_ASSETS = [...Object.keys(VIEWER_FILES), "start.js"] as const;

/** The nonce proxy.ts put into this request's Content-Security-Policy, if any. */
export function nonceOf(request: Request): string | null {
  const policy = request.headers.get("content-security-policy") ?? "";
  return /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1] ?? null;
}

export function referencePage(nonce: string | null): Response {
  const n = nonce ? ` nonce="${nonce}"` : "";
  const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gongkai API 参考 · API reference</title>
<link rel="stylesheet" href="/api/v1/docs/swagger-ui.css"${n}>
</head>
<body>
<noscript>本页需要 JavaScript。接口描述见 <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>。</noscript>
<div id="swagger-ui"></div>
<script src="/api/v1/docs/swagger-ui-bundle.js"${n}></script>
<script src="/api/v1/docs/start.js"${n}></script>
</body>
</html>
`;
  return new Response(html, {
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

const cache = new Map<string, Buffer>();

/** One of the viewer's files, or null for any other name (no path is ever built from the name itself). */
export async function referenceAsset(name: string): Promise<Response | null> {
  if (name === "start.js") return assetResponse(Buffer.from(START_SCRIPT), "text/javascript; charset=utf-8");
  if (!Object.hasOwn(VIEWER_FILES, name)) return null;
  const file = name as keyof typeof VIEWER_FILES;
  let bytes = cache.get(file);
  if (!bytes) {
    // Read from the installed package (node_modules is present wherever the app runs: `npm start`).
    bytes = await readFile(path.join(process.cwd(), "node_modules", "swagger-ui-dist", file));
    cache.set(file, bytes);
  }
  return assetResponse(bytes, VIEWER_FILES[file]);
}

function assetResponse(bytes: Buffer, contentType: string): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": contentType,
      "Content-Length": String(bytes.length),
      "Cache-Control": "public, max-age=3600",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

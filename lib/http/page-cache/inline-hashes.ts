// The SHA-256 hashes (base64, as CSP writes them) of a rendered page's inline <script> and <style> elements,
// for the page's Content-Security-Policy (lib/http/security-headers.ts, hashedContentSecurityPolicy).
// Script and style are raw-text elements: their content ends at the first "</script" / "</style", which React
// escapes inside the data it inlines, so a plain scan finds exactly what the browser will hash.
import { createHash } from "node:crypto";

const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
const HAS_SRC = /\ssrc\s*=/i;

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");

export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const [, element, attributes, content] of html.matchAll(INLINE)) {
    if (element.toLowerCase() === "script") {
      if (!HAS_SRC.test(attributes) && content.length > 0) scripts.add(sha256(content));
    } else if (content.length > 0) styles.add(sha256(content));
  }
  return { scripts: [...scripts], styles: [...styles] };
}

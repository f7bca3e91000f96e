// XML text for feeds and sitemaps: escaped, and without the control characters XML 1.0 forbids
// (a stray \u0001 pasted into a title would otherwise make the whole feed unreadable).
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing these control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function xmlEscape(value: string): string {
  return value.replace(FORBIDDEN, "").replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** An element with escaped text content and escaped attributes. */
export function element(name: string, text: string, attributes: Record<string, string> = {}): string {
  const attrs = Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${xmlEscape(v)}"`)
    .join("");
  return `<${name}${attrs}>${xmlEscape(text)}</${name}>`;
}

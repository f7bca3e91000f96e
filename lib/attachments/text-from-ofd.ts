// Text of an OFD 版式文档 (GB/T 33190-2016): a ZIP whose OFD.xml names each document's root
// (DocBody/DocRoot → Doc_0/Document.xml), which lists its pages (Pages/Page/@BaseLoc → Pages/Page_0/Content.xml);
// the text of a page is in its ofd:TextCode elements. No maintained npm library reads OFD text on a server
// (the known ones render to canvas in a browser), so this is a small XML walk over the bounded unzip.
import { unzipBounded } from "./bounded-unzip";

const decoder = new TextDecoder("utf-8");

/** Text of every page in document order, pages separated by a blank line. */
export function textFromOfd(bytes: Uint8Array, limitBytes: number): string {
  const parts = unzipBounded(bytes, limitBytes, (name) => name.toLowerCase().endsWith(".xml"));
  const read = (name: string) => {
    const part = parts.get(name) ?? findCaseInsensitive(parts, name);
    return part ? decoder.decode(part) : undefined;
  };
  const main = read("OFD.xml");
  if (main === undefined) throw new Error("OFD.xml is missing");

  const pages: string[] = [];
  for (const root of elementTexts(main, "DocRoot")) {
    const documentPath = resolve("", root);
    const document = read(documentPath);
    if (document === undefined) continue;
    for (const baseLoc of pageLocations(document)) {
      const content = read(resolve(folderOf(documentPath), baseLoc));
      if (content !== undefined) pages.push(pageText(content));
    }
  }
  return pages.join("\n\n").trim();
}

/** BaseLoc of each <ofd:Page> in Document.xml, in order. */
function pageLocations(documentXml: string): string[] {
  const locations: string[] = [];
  for (const match of documentXml.matchAll(/<(?:[\w-]+:)?Page\b([^>]*)>/g)) {
    const baseLoc = /\bBaseLoc\s*=\s*"([^"]*)"/.exec(match[1])?.[1];
    if (baseLoc) locations.push(decodeEntities(baseLoc));
  }
  return locations;
}

/**
 * The page's text objects in order. Writers put a line in one TextObject, or each character in its own;
 * objects on the same baseline (the y of their Boundary) are joined without a break, so a phrase set one
 * character per object is still found by a search.
 */
function pageText(contentXml: string): string {
  let text = "";
  let lastY: number | undefined;
  for (const object of contentXml.matchAll(/<(?:[\w-]+:)?TextObject\b([^>]*)>([\s\S]*?)<\/(?:[\w-]+:)?TextObject>/g)) {
    const boundary = /\bBoundary\s*=\s*"([^"]*)"/.exec(object[1])?.[1]?.trim().split(/\s+/).map(Number);
    const y = boundary && Number.isFinite(boundary[1]) ? boundary[1] : undefined;
    const codes = elementTexts(object[2], "TextCode").join("");
    if (!codes) continue;
    if (text && (y === undefined || lastY === undefined || Math.abs(y - lastY) > 0.5)) text += "\n";
    text += codes;
    lastY = y;
  }
  return text;
}

/** The decoded text content of every `<prefix:name>…</prefix:name>` element. */
function elementTexts(xml: string, name: string): string[] {
  const pattern = new RegExp(`<(?:[\\w-]+:)?${name}\\b[^>]*>([\\s\\S]*?)</(?:[\\w-]+:)?${name}>`, "g");
  return Array.from(xml.matchAll(pattern), (m) => decodeEntities(m[1].replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1")));
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
    if (entity[0] !== "#") return NAMED[entity] ?? whole;
    const code = entity[1].toLowerCase() === "x" ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
  });
}

/** A location inside the package: absolute ("/Doc_0/…") from the root, else relative to `folder`. */
function resolve(folder: string, location: string): string {
  const joined = location.startsWith("/") ? location : `${folder}${location}`;
  const out: string[] = [];
  for (const segment of joined.replace(/\\/g, "/").split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") out.pop();
    else out.push(segment);
  }
  return out.join("/");
}

const folderOf = (file: string) => file.slice(0, file.lastIndexOf("/") + 1);

function findCaseInsensitive(parts: Map<string, Uint8Array>, name: string) {
  const lower = name.toLowerCase();
  for (const [key, value] of parts) if (key.toLowerCase() === lower) return value;
  return undefined;
}

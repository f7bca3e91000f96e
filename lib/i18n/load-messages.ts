// The UI text of a locale: messages/<locale>.json plus every messages/<locale>/*.json (one file per
// capability, so people working on different capabilities never edit the same file). Files are merged;
// the same key in two files is an error, not a silent override.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type Messages = { [key: string]: string | Messages };

function merge(target: Messages, source: Messages, file: string, prefix = "") {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (existing === undefined)
      target[key] = typeof value === "string" ? value : merge({}, value, file, `${prefix}${key}.`);
    else if (typeof existing === "string" || typeof value === "string")
      throw new Error(`Message ${prefix}${key} is defined twice (again in ${file})`);
    else merge(existing, value, file, `${prefix}${key}.`);
  }
  return target;
}

const cache = new Map<string, Messages>();

export function loadMessages(locale: string, root = process.cwd()): Messages {
  const cached = cache.get(locale);
  if (cached && process.env.NODE_ENV === "production") return cached;
  const dir = path.join(root, "messages");
  const files = [path.join(dir, `${locale}.json`)];
  const partsDir = path.join(dir, locale);
  if (existsSync(partsDir))
    files.push(
      ...readdirSync(partsDir)
        .filter((f) => f.endsWith(".json"))
        .sort()
        .map((f) => path.join(partsDir, f)),
    );
  const messages: Messages = {};
  for (const file of files)
    merge(messages, JSON.parse(readFileSync(file, "utf8")) as Messages, path.relative(root, file));
  cache.set(locale, messages);
  return messages;
}

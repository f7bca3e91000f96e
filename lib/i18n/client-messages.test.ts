// The browser receives only some message namespaces (client-messages.ts). A client component that reads
// a namespace its area does not send would show the key instead of the text: every client component of
// the portal, the sign-in page and the root error page, and every message key the portal's form actions
// answer with, must be covered by its area's list.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadMessages } from "./load-messages";
import { CLIENT_NAMESPACES, pickMessages } from "./client-messages";

const root = process.cwd();
const read = (file: string) => readFileSync(path.join(root, file), "utf8");
function filesUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(path.join(root, file)).isDirectory() ? filesUnder(file) : [file];
  });
}
const isClient = (file: string) => /^["']use client["']/m.test(read(file));
/** The namespaces a file reads with useTranslations("a.b") (their first segment). */
const namespacesOf = (file: string) => [...read(file).matchAll(/useTranslations\("([^".]+)/g)].map((m) => m[1]);
/** The components a file imports from components/, as paths. */
function importedComponents(file: string) {
  return [...read(file).matchAll(/from "@\/(components\/[^"]+)"/g)].map((m) => `${m[1]}.tsx`);
}
/** The namespaces read by the client components among `files` and the components they import. */
function clientNamespaces(files: string[]) {
  return [...new Set(files)]
    .flatMap((c) => [c, ...importedComponents(c)])
    .filter(isClient)
    .flatMap((file) => namespacesOf(file).map((ns) => ({ file, ns })));
}

describe("messages sent to the browser", () => {
  it("cover every namespace the portal's client components read", () => {
    const components = filesUnder("app/(portal)")
      .filter((f) => f.endsWith(".tsx"))
      .flatMap(importedComponents);
    const found = clientNamespaces(components);
    for (const { file, ns } of found) expect(CLIENT_NAMESPACES.portal, `${file} reads ${ns}`).toContain(ns);
    expect(found.map((r) => r.ns)).toContain("requestPortal");
  });

  it("cover every message key the portal's form actions answer with", () => {
    const actions = filesUnder("app/(portal)").filter((f) => /actions\.ts$/.test(f));
    expect(actions.length).toBeGreaterThan(0);
    for (const file of actions) {
      for (const [, key] of read(file).matchAll(/message: "([a-zA-Z]+)\./g))
        expect(CLIENT_NAMESPACES.portal, `${file}: ${key}`).toContain(key);
    }
    // Failures of use cases come back as errors.<CODE> (lib/actions/run-form-action.ts).
    expect(CLIENT_NAMESPACES.portal).toContain("errors");
  });

  it("cover the sign-in form and the root error page", () => {
    for (const { file, ns } of clientNamespaces(["app/login/page.tsx", ...importedComponents("app/login/page.tsx")])) {
      expect(CLIENT_NAMESPACES.signIn, `${file} reads ${ns}`).toContain(ns);
    }
    for (const { file, ns } of clientNamespaces(["app/error.tsx"]))
      expect(CLIENT_NAMESPACES.root, `${file} reads ${ns}`).toContain(ns);
  });

  it("name namespaces that exist, in both languages, and send far less than everything", () => {
    for (const locale of ["zh-CN", "en"]) {
      const all = loadMessages(locale);
      for (const list of Object.values(CLIENT_NAMESPACES))
        for (const ns of list) expect(all, `${locale}: ${ns}`).toHaveProperty(ns);
      const size = (m: object) => JSON.stringify(m).length;
      expect(size(pickMessages(all, CLIENT_NAMESPACES.portal))).toBeLessThan(size(all) / 3);
    }
  });
});

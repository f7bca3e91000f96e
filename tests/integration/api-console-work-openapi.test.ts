// The OpenAPI description of the items and reports staff API matches the route files: every exported handler
// under app/api/v1/console/{items,reports} has its documented operation and every documented operation its
// handler, each operation names its errors, and every $ref resolves.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";

const ROOT = path.join(process.cwd(), "app");
const AREAS = ["api/v1/console/items", "api/v1/console/reports"];

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? routeFiles(full) : entry.name === "route.ts" ? [full] : [];
  });
}

/** "METHOD /api/v1/…/{id}" for every handler a route file exports. */
function handlers(): string[] {
  return AREAS.flatMap((area) => routeFiles(path.join(ROOT, area))).flatMap((file) => {
    const urlPath = `/${path.relative(ROOT, path.dirname(file))}`.replace(/\[(\w+)\]/g, "{$1}");
    const methods = [...readFileSync(file, "utf8").matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)];
    return methods.map(([, method]) => `${method} ${urlPath}`);
  });
}

describe("OpenAPI description of the items and reports staff API", () => {
  it("documents every handler and has a handler for every documented operation", () => {
    const doc = openApiDocument();
    const documented = Object.entries(doc.paths)
      .filter(([p]) => AREAS.some((area) => p.startsWith(`/${area}`)))
      .flatMap(([p, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${p}`));
    const routes = handlers();
    expect(routes.length).toBeGreaterThan(25);
    expect(documented.sort()).toEqual(routes.sort());
  });

  it("gives every operation a unique id, the bearer token and its error answers; every $ref resolves", () => {
    const doc = openApiDocument();
    const operations = Object.entries(doc.paths)
      .filter(([p]) => AREAS.some((area) => p.startsWith(`/${area}`)))
      .flatMap(([, item]) => Object.values(item));
    const ids = operations.map((op) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const op of operations) {
      expect(op.security, op.operationId).toEqual([{ bearerToken: [] }]);
      expect(op.responses["401"], op.operationId).toBeDefined();
    }
    const components = doc.components as unknown as Record<string, Record<string, unknown>>;
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/(schemas|responses)\/(\w+)"/g)];
    for (const [, kind, name] of refs) expect(components[kind]![name], `${kind}/${name}`).toBeDefined();
    // Request bodies come from the use cases' zod schemas: the draft needs what the console's form needs.
    expect((doc.components.schemas.ItemDraft as { required?: string[] }).required).toEqual(
      expect.arrayContaining(["agencyId", "title", "writtenOn", "disclosure", "channels"]),
    );
  });
});

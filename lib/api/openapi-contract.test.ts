// The OpenAPI document against the code: it is a valid OpenAPI 3.1 document (checked by a real validator,
// not by hand), every route file under app/api/v1 has a documented operation for each method it exports,
// and every documented operation has a route file exporting that method. It reads the file tree, so routes
// added by any capability are held to it without being listed here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

const ROOT = path.resolve(import.meta.dirname, "../..");
const API_DIR = path.join(ROOT, "app/api/v1");
const METHODS = ["get", "put", "post", "delete", "patch"] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** "app/api/v1/console/requests/[id]/route.ts" → "/api/v1/console/requests/{id}". */
function pathOf(file: string): string {
  const relative = path.relative(path.join(ROOT, "app"), path.dirname(file)).split(path.sep);
  return `/${relative.map((segment) => segment.replace(/^\[(\w+)\]$/, "{$1}")).join("/")}`;
}

/** The HTTP methods a route file exports (OPTIONS, the CORS preflight, is not an operation). */
function methodsOf(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const exported = [...source.matchAll(/export\s+(?:const|async\s+function|function)\s+([A-Z]+)\b/g)].map((m) =>
    m[1].toLowerCase(),
  );
  return exported.filter((method) => (METHODS as readonly string[]).includes(method));
}

const doc = openApiDocument();
const implemented = routeFiles(API_DIR).flatMap((file) =>
  methodsOf(file).map((method) => `${method.toUpperCase()} ${pathOf(file)}`),
);
const documented = Object.entries(doc.paths).flatMap(([route, item]) =>
  METHODS.filter((method) => item[method]).map((method) => `${method.toUpperCase()} ${route}`),
);

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(JSON.parse(JSON.stringify(doc)));
    expect(result.errors ?? [], "validation errors").toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    // The validator does check: a parameter without its `in` is refused.
    const broken = JSON.parse(JSON.stringify(doc));
    delete broken.paths["/api/v1/requests/{trackingCode}"].get.parameters[0].in;
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it("documents every route of app/api/v1, method by method", () => {
    expect(implemented.length).toBeGreaterThan(20);
    expect(implemented.filter((operation) => !documented.includes(operation))).toEqual([]);
  });

  it("documents no operation that has no route", () => {
    expect(documented.filter((operation) => !implemented.includes(operation))).toEqual([]);
  });

  it("names each operation once, and each path parameter of the route", () => {
    const ids = Object.values(doc.paths).flatMap((item) => METHODS.flatMap((m) => item[m]?.operationId ?? []));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const [route, item] of Object.entries(doc.paths)) {
      const names = [...route.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const method of METHODS) {
        const operation = item[method];
        if (!operation) continue;
        const declared = (operation.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name);
        expect(declared.sort(), `${method.toUpperCase()} ${route}`).toEqual(names);
      }
    }
  });
});

// Bodies of steps whose input is optional (a comment on 保密审查 pass, a 领导审定 approval): an empty body is {},
// anything else must be valid JSON (400 otherwise), as readJson.
import { readJson } from "./respond";

export async function readOptionalJson(request: Request): Promise<unknown> {
  if (request.body === null || request.headers.get("content-length") === "0") return {};
  const copy = request.clone();
  if ((await copy.text()).trim() === "") return {};
  return readJson(request);
}

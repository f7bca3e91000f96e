// No input produces a 500: an address with a broken percent-escape is answered 400 with a sentence, on the
// portal, in the console (before sign-in) and in the API — Next.js alone would fail decoding the segment.
import { expect, test } from "@playwright/test";

const BROKEN = "%E0%A4%A";

for (const path of [
  `/items/${BROKEN}`,
  `/reports/${BROKEN}/2025`,
  `/console/requests/${BROKEN}`,
  `/api/v1/items/${BROKEN}`,
]) {
  test(`${path} answers 400, not 500`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(400);
    expect(await response.text()).toContain("网址有误");
  });
}

test("well-formed addresses still work as before", async ({ request }) => {
  expect((await request.get("/", { maxRedirects: 0 })).status()).toBe(200);
  const console = await request.get("/console/requests", { maxRedirects: 0 });
  expect(console.status()).toBe(307);
  expect(console.headers().location).toContain("/login?callbackUrl=%2Fconsole%2Frequests");
});

/** Cap on stored text (UTF-8 bytes): enough for any search, and a bound on the database row. */
export const MAX_TEXT_BYTES = 1024 * 1024;

/** Collects text up to a byte limit, dropping characters PostgreSQL text cannot hold (NUL) or search cannot use. */
export class TextCap {
  private parts: string[] = [];
  private bytes = 0;
  full = false;

  constructor(private readonly limit: number = MAX_TEXT_BYTES) {}

  append(raw: string) {
    if (this.full) return;
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing these control characters is the point
    const clean = raw.replace(/[\u0000-\u0008\u000b-\u001f\u007f\ufffe\uffff]/g, "").replace(/\uFFFD/g, "");
    const size = Buffer.byteLength(clean, "utf8");
    if (this.bytes + size <= this.limit) {
      this.parts.push(clean);
      this.bytes += size;
      return;
    }
    let kept = "";
    for (const char of clean) {
      const charSize = Buffer.byteLength(char, "utf8");
      if (this.bytes + charSize > this.limit) break;
      kept += char;
      this.bytes += charSize;
    }
    this.parts.push(kept);
    this.full = true;
  }

  get value() {
    return this.parts.join("");
  }
}

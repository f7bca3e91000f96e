// Serialises pages of content-stream operators into a PDF 1.7 file: catalog, page tree, the shared CJK font
// (lib/pdf/cjk-text.ts), then each page and its content stream, the cross-reference table at the end.
// Same input, same bytes (no timestamps inside).
import { hex, textWidth } from "./cjk-text";

/** One content-stream operator line, e.g. `BT /F1 15 Tf 79.00 700.00 Td <…> Tj ET`. */
export type Op = string;

export const A4 = { width: 595.28, height: 841.89 } as const;

const latin1 = (text: string) => Buffer.from(text, "latin1");

/** The PDF of `pageOps` (A4 portrait); pages are numbered "— n —" at the foot when there are several. */
export function writePdf(pageOps: Op[][], info: { title: string }): Buffer {
  const PAGE_W = A4.width;
  const PAGE_H = A4.height;
  const objects: string[] = [];
  const add = (body: string) => objects.push(body); // object number = index + 1
  const pageCount = pageOps.length;
  const firstPage = 7; // 1 catalog, 2 pages, 3 Type0 font, 4 CIDFont, 5 descriptor, 6 info
  const pageIds = pageOps.map((_, i) => firstPage + i * 2);
  add("<< /Type /Catalog /Pages 2 0 R >>");
  add(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pageCount} >>`);
  add("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>");
  // Adobe-GB1 CIDs 1–95 (proportional Latin) and 814–939 (half-width) get half an em, as the layout assumed.
  add(
    "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 /W [1 95 500 814 939 500] >>",
  );
  add(
    "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
  );
  add(`<< /Title <FEFF${hex(info.title)}> /Producer (Gongkai) >>`);
  pageOps.forEach((ops, i) => {
    const footer = `— ${i + 1} —`;
    const footerOp = `BT /F1 12 Tf ${((PAGE_W - textWidth(footer, 12)) / 2).toFixed(2)} 50 Td <${hex(footer)}> Tj ET`;
    const content = [...ops, ...(pageCount > 1 ? [footerOp] : [])].join("\n");
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i] + 1} 0 R >>`,
    );
    add(`<< /Length ${latin1(content).length} >>\nstream\n${content}\nendstream`);
  });

  const chunks: Buffer[] = [latin1("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n")];
  let length = chunks[0].length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = latin1(`${i + 1} 0 obj\n${body}\nendobj\n`);
    chunks.push(chunk);
    length += chunk.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n`,
    "0000000000 65535 f \n",
    ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`),
  ].join("");
  chunks.push(
    latin1(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${length}\n%%EOF\n`),
  );
  return Buffer.concat(chunks);
}

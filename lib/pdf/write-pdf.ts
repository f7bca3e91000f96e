// Serialises pages of content-stream operators into a PDF 1.7 file: catalog, page tree, document info, each page
// and its content stream, then the embedded font subsets (lib/pdf/font-subsets.ts), the cross-reference table at
// the end. Same input, same bytes: no clock inside (the creation date is the document's own date, when given), and
// the file identifier is a hash of the content.
import { createHash } from "node:crypto";
import { deflateSync } from "node:zlib";
import type { CalendarDate } from "@/lib/calendar/calendar-date";
import { textWidth } from "./cjk-text";
import { FontSubsets, type PdfObject, utf16Hex } from "./font-subsets";

/** Text at a position; its characters are set in whichever embedded font has them. */
export type TextOp = { kind: "text"; x: number; y: number; size: number; text: string; rgb?: [number, number, number] };

/** One content-stream operator line (e.g. a ruled line: `… m … l S`), or a piece of text. */
export type Op = string | TextOp;

export const A4 = { width: 595.28, height: 841.89 } as const;

const latin1 = (text: string) => Buffer.from(text, "latin1");

async function textOperators(op: TextOp, fonts: FontSubsets): Promise<string | null> {
  const runs = await fonts.encode(op.text);
  if (runs.length === 0) return null;
  const shown = runs.map(
    (run, i) =>
      `/${run.resource} ${op.size} Tf ${i === 0 ? `${op.x.toFixed(2)} ${op.y.toFixed(2)} Td ` : ""}<${run.hex}> Tj`,
  );
  return op.rgb ? `BT ${op.rgb.join(" ")} rg ${shown.join(" ")} ET 0 0 0 rg` : `BT ${shown.join(" ")} ET`;
}

/** D:YYYYMMDD000000+08'00' — the document's date at midnight China time. */
const pdfDate = (date: CalendarDate) => `D:${date.replaceAll("-", "")}000000+08'00'`;

/** The PDF of `pageOps` (A4 portrait); pages are numbered "— n —" at the foot when there are several. */
export async function writePdf(pageOps: Op[][], info: { title: string; date?: CalendarDate }): Promise<Buffer> {
  const fonts = new FontSubsets();
  const pageCount = pageOps.length;
  const contents: string[] = [];
  for (const [i, ops] of pageOps.entries()) {
    const footer = `— ${i + 1} —`;
    const all: Op[] =
      pageCount > 1
        ? [...ops, { kind: "text", x: (A4.width - textWidth(footer, 12)) / 2, y: 50, size: 12, text: footer }]
        : ops;
    const lines: string[] = [];
    for (const op of all) {
      const line = typeof op === "string" ? op : await textOperators(op, fonts);
      if (line) lines.push(line);
    }
    contents.push(lines.join("\n"));
  }

  // 1 catalog, 2 page tree, 3 info, then each page and its content stream, then the fonts.
  const firstPage = 4;
  const pageIds = pageOps.map((_, i) => firstPage + i * 2);
  const { objects: fontObjects, ids: fontIds } = fonts.objects(firstPage + pageCount * 2);
  const fontResources = fonts.resources.map((r) => `/${r} ${fontIds.get(r)} 0 R`).join(" ");
  const objects: PdfObject[] = [
    { dict: "<< /Type /Catalog /Pages 2 0 R >>" },
    { dict: `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pageCount} >>` },
    {
      dict: `<< /Title <FEFF${utf16Hex(info.title)}> /Producer (Gongkai)${info.date ? ` /CreationDate (${pdfDate(info.date)})` : ""} >>`,
    },
  ];
  for (const [i, content] of contents.entries()) {
    objects.push({
      dict: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${A4.width} ${A4.height}] /Resources << /Font << ${fontResources} >> >> /Contents ${pageIds[i] + 1} 0 R >>`,
    });
    // Content streams stay uncompressed: they are small next to the fonts, and readable when debugging.
    objects.push({ dict: "", stream: latin1(content) });
  }
  objects.push(...fontObjects);

  const chunks: Buffer[] = [latin1("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n")];
  let length = chunks[0].length;
  const offsets: number[] = [];
  for (const [i, object] of objects.entries()) {
    offsets.push(length);
    let chunk: Buffer;
    if ("stream" in object) {
      const compress = i >= firstPage + pageCount * 2; // the fonts
      const data = compress ? deflateSync(object.stream, { level: 9 }) : object.stream;
      const dict = `<< ${object.dict ? `${object.dict} ` : ""}/Length ${data.length}${compress ? " /Filter /FlateDecode" : ""} >>`;
      chunk = Buffer.concat([latin1(`${i + 1} 0 obj\n${dict}\nstream\n`), data, latin1("\nendstream\nendobj\n")]);
    } else {
      chunk = latin1(`${i + 1} 0 obj\n${object.dict}\nendobj\n`);
    }
    chunks.push(chunk);
    length += chunk.length;
  }
  const xref = [
    `xref\n0 ${objects.length + 1}\n`,
    "0000000000 65535 f \n",
    ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`),
  ].join("");
  // The file identifier (PDF 32000 §14.4): a hash of everything before it, so it too depends on the content only.
  const id = createHash("md5").update(Buffer.concat(chunks)).digest("hex").toUpperCase();
  chunks.push(
    latin1(
      `${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 3 0 R /ID [<${id}> <${id}>] >>\nstartxref\n${length}\n%%EOF\n`,
    ),
  );
  return Buffer.concat(chunks);
}

// Reads a PDF back the way a viewer does (pdf.js, already a dependency): the fonts each page uses and whether
// their files are embedded, and the text items with the widths the viewer lays them out at. For the tests of
// the PDFs we write (lib/pdf, the reply letter, the annual report).
import path from "node:path";
import { pdfjsPackageDir } from "@/lib/attachments/extract-text";

export type ReadFont = { name: string; embedded: boolean; type: string };
export type ReadText = { str: string; width: number; size: number; x: number; y: number };

async function pdfJs() {
  const worker = await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  return import("pdfjs-dist/legacy/build/pdf.mjs");
}

export async function readBack(bytes: Uint8Array): Promise<{ pages: number; fonts: ReadFont[]; items: ReadText[] }> {
  const pdfjs = await pdfJs();
  const dir = pdfjsPackageDir();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: path.join(dir, "cmaps") + path.sep,
    cMapPacked: true,
    standardFontDataUrl: path.join(dir, "standard_fonts") + path.sep,
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  const fonts = new Map<string, ReadFont>();
  const items: ReadText[] = [];
  try {
    const document = await task.promise;
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const operators = await page.getOperatorList();
      operators.fnArray.forEach((fn, i) => {
        if (fn !== pdfjs.OPS.setFont) return;
        const font = page.commonObjs.get(operators.argsArray[i][0]) as {
          name: string;
          missingFile: boolean;
          type: string;
        };
        fonts.set(font.name, { name: font.name, embedded: !font.missingFile, type: font.type });
      });
      for (const item of (await page.getTextContent()).items) {
        if (!("str" in item)) continue;
        items.push({
          str: item.str,
          width: item.width,
          size: item.transform[0],
          x: item.transform[4],
          y: item.transform[5],
        });
      }
    }
    return { pages: document.numPages, fonts: [...fonts.values()], items };
  } finally {
    await task.destroy();
  }
}

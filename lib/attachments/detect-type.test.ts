import { describe, expect, it } from "vitest";
import * as f from "@/tests/fixtures/attachments/build-fixtures";
import { detectAttachmentType } from "./detect-type";
import { readOle2RootEntries } from "./ole2";

const detect = (bytes: Uint8Array) => detectAttachmentType(bytes);

describe("detectAttachmentType: accepted kinds, by content", () => {
  it.each([
    ["PDF", f.latinPdf(), "application/pdf", "pdf"],
    ["PDF with Chinese text", f.chinesePdf(["政府信息公开"]), "application/pdf", "pdf"],
    ["Word 2007+ (.docx)", f.docx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"],
    ["Excel 2007+ (.xlsx)", f.xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"],
    ["OFD", f.ofd(), "application/ofd", "ofd"],
    ["Word 97-2003 (.doc)", f.wordDocument97(), "application/msword", "doc"],
    ["Excel 97-2003 (.xls)", f.excelWorkbook97(), "application/vnd.ms-excel", "xls"],
    ["Excel 5/95 (.xls, stream Book)", f.excelWorkbook95(), "application/vnd.ms-excel", "xls"],
    ["PNG", f.png(), "image/png", "png"],
    ["JPEG", f.jpeg(), "image/jpeg", "jpg"],
    ["GIF", f.gif(), "image/gif", "gif"],
    ["WebP", f.webp(), "image/webp", "webp"],
  ])("%s", (_label, bytes, contentType, extension) => {
    expect(detect(bytes)).toMatchObject({ contentType, extension });
  });

  it("reads OOXML part names case-insensitively and tolerates extra parts", () => {
    const bytes = f.zipOf({
      "[content_types].xml": "<Types/>",
      "Word/Document.xml": "<w:document/>",
      "customXml/item1.xml": "<x/>",
    });
    expect(detect(bytes)?.kind).toBe("docx");
  });

  it("tells .doc from .xls by the root streams, not by an object embedded in a sub-storage", () => {
    const xlsWithEmbeddedWord = f.compoundFile([{ name: "Workbook" }], { nested: [{ name: "WordDocument" }] });
    expect(readOle2RootEntries(xlsWithEmbeddedWord)?.map((e) => e.name)).toEqual(["Workbook", "ObjectPool"]);
    expect(detect(xlsWithEmbeddedWord)?.kind).toBe("xls");
  });

  it("follows a directory that spans several sectors", () => {
    const streams = Array.from({ length: 12 }, (_, i) => ({ name: `Stream${i}` }));
    const bytes = f.compoundFile([...streams, { name: "WordDocument" }]);
    expect(bytes.length).toBeGreaterThan(512 * 4); // header, FAT and a directory of 4 sectors
    expect(detect(bytes)?.kind).toBe("doc");
  });
});

describe("detectAttachmentType: the name plays no part", () => {
  // The detector never sees a name; these say what the spoofed uploads below actually contain.
  it("takes a PDF renamed .docx for a PDF", () => {
    expect(detect(f.latinPdf())?.extension).toBe("pdf");
  });

  it.each([
    ["an empty file", Buffer.alloc(0)],
    ["an HTML page named report.pdf (it mentions %PDF- but does not start with it)", f.html()],
    [
      "an HTML page starting with spaces then %PDF-",
      Buffer.from("   %PDF-1.4\n<html><script>alert(1)</script></html>"),
    ],
    ["an EXE (MZ header) named report.docx", f.exe()],
    ["a self-extracting EXE with a docx after its stub", Buffer.concat([f.exe(), f.docx()])],
    ["an SVG named picture.png", f.svg()],
    ["a ZIP that is not docx, xlsx or OFD", f.zipOf({ "readme.txt": "hello", "word.xml": "<x/>" })],
    ["a ZIP with word/document.xml but no [Content_Types].xml", f.zipOf({ "word/document.xml": "<w:document/>" })],
    ["a damaged ZIP (central directory cut off)", f.docx().subarray(0, 120)],
    ["a PowerPoint 97-2003 file", f.powerPoint97()],
    [
      "an OLE2 file that is an installer or a message, not Word or Excel",
      f.compoundFile([{ name: "\u0005SummaryInformation" }, { name: "__substg1.0_0037001F" }]),
    ],
    ["an OLE2 header with nothing after it", f.wordDocument97().subarray(0, 512)],
    ["a shell script", Buffer.from("#!/bin/sh\nrm -rf /\n")],
    ["plain text", Buffer.from("政府信息公开申请表")],
    ["a RIFF file that is not WebP (WAV)", Buffer.from("RIFF\u0024\u0000\u0000\u0000WAVEfmt ", "latin1")],
  ])("refuses %s", (_label, bytes) => {
    expect(detect(bytes)).toBeNull();
  });
});

// The OFD text walk on its own (no worker): the structures real writers produce, and their edges.
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { ExpansionLimitError, unzipBounded } from "./bounded-unzip";
import { textFromOfd } from "./text-from-ofd";

const MiB = 1024 * 1024;
const ofd = (files: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));

describe("textFromOfd", () => {
  it("follows DocRoot and each Page's BaseLoc in document order, absolute or relative, with or without prefix", () => {
    const bytes = ofd({
      "OFD.xml": "<OFD><DocBody><DocRoot>/Doc_0/Document.xml</DocRoot></DocBody></OFD>",
      "Doc_0/Document.xml":
        '<Document><Pages><Page ID="2" BaseLoc="Pages/Page_1/Content.xml"/><Page ID="1" BaseLoc="/Doc_0/Pages/Page_0/Content.xml"/></Pages></Document>',
      "Doc_0/Pages/Page_0/Content.xml":
        '<ofd:Page xmlns:ofd="x"><ofd:TextObject Boundary="0 10 50 5"><ofd:TextCode>第二</ofd:TextCode></ofd:TextObject></ofd:Page>',
      "Doc_0/Pages/Page_1/Content.xml":
        '<Page><TextObject Boundary="0 10 50 5"><TextCode X="0">先&amp;后 &#x20BB7;</TextCode></TextObject></Page>',
    });
    expect(textFromOfd(bytes, MiB)).toBe("先&后 𠮷\n\n第二");
  });

  it("skips a page whose part is missing and reads CDATA", () => {
    const bytes = ofd({
      "OFD.xml": "<ofd:OFD><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
      "Doc_0/Document.xml":
        '<ofd:Document><ofd:Pages><ofd:Page BaseLoc="Pages/Page_9/Content.xml"/><ofd:Page BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>',
      "Doc_0/Pages/Page_0/Content.xml":
        "<ofd:Page><ofd:TextObject><ofd:TextCode><![CDATA[<公告>]]></ofd:TextCode></ofd:TextObject></ofd:Page>",
    });
    expect(textFromOfd(bytes, MiB)).toBe("<公告>");
  });

  it("throws without OFD.xml (the caller marks the file unreadable)", () => {
    expect(() => textFromOfd(ofd({ "Doc_0/Document.xml": "<Document/>" }), MiB)).toThrow(/OFD.xml/);
  });
});

describe("unzipBounded", () => {
  it("counts the bytes really inflated, whatever the package declares", () => {
    const honest = zipSync({ "a.xml": new Uint8Array(2 * MiB).fill(0x20) });
    expect(() => unzipBounded(honest, MiB)).toThrow(ExpansionLimitError);
    // The same package claiming 10 bytes in both headers.
    const lying = Buffer.from(honest);
    for (let i = 0; i + 4 <= lying.length; i++) {
      if (lying.readUInt32LE(i) === 0x04034b50) lying.writeUInt32LE(10, i + 22);
      if (lying.readUInt32LE(i) === 0x02014b50) lying.writeUInt32LE(10, i + 24);
    }
    expect(() => unzipBounded(lying, MiB)).toThrow(ExpansionLimitError);
    expect(unzipBounded(honest, 3 * MiB).get("a.xml")?.length).toBe(2 * MiB);
  });

  it("refuses a package of more parts than any document has", () => {
    const many = zipSync(Object.fromEntries(Array.from({ length: 20_001 }, (_, i) => [`p${i}`, new Uint8Array(0)])));
    expect(() => unzipBounded(many, MiB)).toThrow(ExpansionLimitError);
  }, 60_000); // building 20,001 parts is the slow part
});

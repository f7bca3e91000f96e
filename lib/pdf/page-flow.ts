// Text flowing down A4 pages: lines at a fixed line height inside the type area, a new page when the next
// block does not fit. Shared by the reply letter and the annual report; the report also draws ruled tables
// with `rect`, `rule` and `text` at positions of its own.
import { textWidth, wrapText } from "./cjk-text";
import { A4, type Op } from "./write-pdf";

export type Rgb = [number, number, number];

export type PageGeometry = {
  marginLeft: number;
  marginRight: number;
  marginTop: number;
  marginBottom: number;
  lineHeight: number;
};

/** The reply letter's type area (公文-like: 28 mm left, 26 mm right) and 27 pt lines. */
export const LETTER_GEOMETRY: PageGeometry = {
  marginLeft: 79,
  marginRight: 74,
  marginTop: 96,
  marginBottom: 90,
  lineHeight: 27,
};

export class PageFlow {
  pages: Op[][] = [[]];
  y: number;

  constructor(readonly geometry: PageGeometry = LETTER_GEOMETRY) {
    this.y = A4.height - geometry.marginTop;
  }

  get textWidth() {
    return A4.width - this.geometry.marginLeft - this.geometry.marginRight;
  }

  get ops() {
    return this.pages[this.pages.length - 1];
  }

  /** Room for `height` more points on this page, or a new page. Returns whether a page was started. */
  ensure(height: number): boolean {
    if (this.y - height < this.geometry.marginBottom) {
      this.newPage();
      return true;
    }
    return false;
  }

  newPage() {
    this.pages.push([]);
    this.y = A4.height - this.geometry.marginTop;
  }

  text(x: number, y: number, size: number, text: string, rgb?: Rgb) {
    this.ops.push({ kind: "text", x, y, size, text, ...(rgb ? { rgb } : {}) });
  }

  line(size: number, text: string, align: "left" | "center" | "right", indentEm = 0, rgb?: Rgb) {
    const { lineHeight, marginLeft, marginRight } = this.geometry;
    this.ensure(lineHeight);
    this.y -= lineHeight;
    const w = textWidth(text, size);
    const x =
      align === "center"
        ? (A4.width - w) / 2
        : align === "right"
          ? A4.width - marginRight - w
          : marginLeft + indentEm * size;
    this.text(x, this.y, size, text, rgb);
  }

  paragraph(text: string, size: number, indentEm: number) {
    for (const [i, l] of wrapText(text, size, this.textWidth, indentEm).entries())
      this.line(size, l, "left", i === 0 ? indentEm : 0);
  }

  gap(points: number) {
    this.y -= points;
  }

  /** A stroked rectangle (a table cell's ruling), lower-left corner at (x, y). */
  rect(x: number, y: number, width: number, height: number, lineWidth = 0.6) {
    this.ops.push(`${lineWidth} w ${x.toFixed(2)} ${y.toFixed(2)} ${width.toFixed(2)} ${height.toFixed(2)} re S`);
  }

  /** A filled rectangle in grey `gray` (0 black … 1 white), e.g. the shading of heading cells. */
  fill(x: number, y: number, width: number, height: number, gray: number) {
    this.ops.push(`${gray} g ${x.toFixed(2)} ${y.toFixed(2)} ${width.toFixed(2)} ${height.toFixed(2)} re f 0 g`);
  }
}

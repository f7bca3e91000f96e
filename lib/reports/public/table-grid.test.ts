// The tables' printed layout: every grid is a proper rectangle (spans add up, nothing overlaps), every figure
// names headings that exist, and the official structure holds (表二's blocks, 表三's headings, 表四's 15 cells).
import { describe, expect, it } from "vitest";
import { REQUEST_ROW_KEYS } from "@/lib/reports/formats/request-table";
import { handBuiltFigures, requestValue } from "@/tests/integration/reports/public-figures";
import {
  appealGrid,
  legacyGrid,
  placeGrid,
  proactiveGrid,
  reportGrids,
  requestGrid,
  type DataCell,
  type GridCell,
  type ReportGrid,
} from "./table-grid";

/** Lays the cells out as the browser does (rowspans reserve slots below) and returns the occupancy per row. */
function layout(rows: GridCell[][], columnCount: number) {
  const taken: boolean[][] = [];
  rows.forEach((row, r) => {
    taken[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (taken[r][c]) c++;
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        taken[r + dr] ??= [];
        for (let dc = 0; dc < cell.colSpan; dc++) {
          expect(taken[r + dr][c + dc], `cell "${cell.text}" overlaps`).toBeFalsy();
          taken[r + dr][c + dc] = true;
        }
      }
      c += cell.colSpan;
    }
  });
  return taken.slice(0, rows.length).every((row) => row.filter(Boolean).length === columnCount);
}

function expectWellFormed(grid: ReportGrid) {
  expect(layout(grid.head, grid.columnCount)).toBe(true);
  expect(layout(grid.body, grid.columnCount)).toBe(true);
  const ids = [...grid.head, ...grid.body].flat().flatMap((cell) => (cell.kind === "header" ? [cell.id] : []));
  expect(new Set(ids).size).toBe(ids.length);
  for (const cell of grid.body.flat())
    if (cell.kind === "data") for (const id of cell.headers) expect(ids).toContain(id);
}

const figures = handBuiltFigures(2025);
const dataCells = (grid: ReportGrid) => grid.body.flat().filter((c): c is DataCell => c.kind === "data" && !!c.ref);

describe("report table grids", () => {
  it("are well-formed rectangles in every format", () => {
    for (const year of [2017, 2019, 2025]) {
      const f = handBuiltFigures(year);
      for (const grid of [...reportGrids(f, "current"), ...reportGrids(f, "legacy", year)]) expectWellFormed(grid);
    }
  });

  it("prints 表二 in blocks of 第二十条, each with only its own columns", () => {
    const grid = proactiveGrid(figures);
    const blockTitles = grid.body.filter((row) => row.length === 1).map((row) => row[0].text);
    expect(blockTitles).toEqual([
      "第二十条第（一）项",
      "第二十条第（五）项",
      "第二十条第（六）项",
      "第二十条第（八）项",
    ]);
    const headingRows = grid.body
      .filter((row) => row[0]?.text === "信息内容")
      .map((row) => row.slice(1).map((c) => c.text));
    expect(headingRows).toEqual([
      ["本年制发件数", "本年废止件数", "现行有效件数"],
      ["本年处理决定数量"],
      ["本年处理决定数量"],
      ["本年收费金额（单位：万元）"],
    ]);
    const fees = dataCells(grid).find((c) => c.ref!.row === "administrative_fees")!;
    expect([fees.text, fees.colSpan]).toEqual(["12.5", 3]);
    expect(dataCells(grid).map((c) => c.ref!.row)).not.toContain("procurement");
  });

  it("prints 表三 with 申请人情况 over 自然人 | 法人或其他组织 (5) | 总计 and the 25 rows in order", () => {
    const grid = requestGrid(figures);
    expect(grid.head.map((row) => row.map((c) => c.text))).toEqual([
      ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"],
      ["自然人", "法人或其他组织", "总计"],
      ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"],
    ]);
    expect(grid.body).toHaveLength(25);
    const rowKeys = grid.body.map((row) => (row.find((c) => c.kind === "data") as DataCell).ref!.row);
    expect(rowKeys).toEqual(REQUEST_ROW_KEYS);
    // Row headings: 三、本年度办理结果 spans its 22 rows (21 outcomes and （七）总计); （三）不予公开 its 8.
    const headings = grid.body.flat().filter((c) => c.kind === "header");
    expect(headings.find((c) => c.text === "三、本年度办理结果")!.rowSpan).toBe(22);
    expect(headings.find((c) => c.text === "（三）不予公开")!.rowSpan).toBe(8);
    expect(headings.find((c) => c.text === "（六）其他处理")!.rowSpan).toBe(3);
    // Each cell holds its own figure, and names its section, group, row and column headings.
    const cell = dataCells(grid).find(
      (c) => c.ref!.row === "result.refused.third_party" && c.ref!.column === "legal_services",
    )!;
    expect(cell.value).toBe(requestValue(REQUEST_ROW_KEYS.indexOf("result.refused.third_party"), 4));
    expect(
      cell.headers.map(
        (id) =>
          headings
            .concat(grid.head.flat().filter((c) => c.kind === "header"))
            .find((h) => h.kind === "header" && h.id === id)!.text,
      ),
    ).toEqual([
      "三、本年度办理结果",
      "（三）不予公开",
      "4.保护第三方合法权益",
      "申请人情况",
      "法人或其他组织",
      "法律服务机构",
    ]);
  });

  it("prints 表四 as 行政复议 | 行政诉讼 (未经复议直接起诉 | 复议后起诉), 15 cells", () => {
    const grid = appealGrid(figures);
    expect(grid.head.map((row) => row.map((c) => c.text))).toEqual([
      ["行政复议", "行政诉讼"],
      ["未经复议直接起诉", "复议后起诉"],
      Array.from({ length: 3 }, () => ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]).flat(),
    ]);
    expect(dataCells(grid).map((c) => c.value)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  });

  it("prints the older table with the year as the 本年 column", () => {
    const grid = legacyGrid(handBuiltFigures(2017), 2017);
    expect(grid.head[0].map((c) => c.text)).toEqual(["指标名称", "单位", "2017", "历年累计"]);
    expect(grid.body[0].map((c) => c.text)).toEqual(["主动公开文件数", "条", "15", "27"]);
    expect(grid.body[1][0]).toMatchObject({ text: "其中：1.政府网站公开数", indent: true });
  });

  it("places 表三's cells in the columns a browser gives them", () => {
    const grid = requestGrid(figures);
    const placed = placeGrid([...grid.head, ...grid.body]);
    const at = (text: string) => placed.find((p) => p.cell.text === text)!;
    expect([at("申请人情况").row, at("申请人情况").column]).toEqual([0, 3]);
    expect([at("商业企业").row, at("商业企业").column]).toEqual([2, 4]);
    expect([at("总计").row, at("总计").column]).toEqual([1, 9]);
    expect([at("1.属于国家秘密").column, at("（三）不予公开").column, at("（七）总计").column]).toEqual([2, 1, 1]);
  });

  it("shows a figure not entered yet as — rather than 0", () => {
    const f = handBuiltFigures(2025);
    f.current.proactive.rows.find((r) => r.key === "licensing")!.values = [null, null, null, null, null];
    const cell = dataCells(proactiveGrid(f)).find((c) => c.ref!.row === "licensing")!;
    expect([cell.text, cell.value]).toEqual(["—", null]);
  });
});

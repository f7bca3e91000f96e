// The printed layout of the report's tables, as a grid of cells with their spans and header links, built once
// from the figures and drawn twice: as HTML (components/report/report-tables.tsx) and as ruled cells in the PDF
// (lib/reports/pdf). Both therefore print exactly the official layout (DOMAIN §4, 国办公开办函〔2021〕30号):
// 表二 grouped by 第二十条第（…）项 with only the columns each group has, 表三 with its two-level 申请人情况
// header and three levels of row headings, 表四's 15 cells under 行政复议 | 行政诉讼, and the older format's
// 指标名称 | 单位 | 本年 | 历年累计.
import { proactiveLayout } from "@/lib/reports/formats/proactive-table";
import { REQUEST_COLUMNS, requestRowByKey } from "@/lib/reports/formats/request-table";
import type { ComputedReport, FigureTable, FrozenFigures, ReportCell } from "@/lib/reports/types";

export type GridTableKey = "proactive" | "requests" | "appeals" | "legacy";

export type CellRef = { table: GridTableKey; row: string; column: string };

type CellBase = { text: string; colSpan: number; rowSpan: number };

/** A heading cell; `id` is unique within its table (prefix it when several tables share a page). */
export type HeaderCell = CellBase & {
  kind: "header";
  id: string;
  scope: "col" | "colgroup" | "row" | "rowgroup";
  indent?: boolean;
};

/** A cell under headings: a figure (`ref` and `value`) or plain text (单位). `headers` lists its headings' ids. */
export type DataCell = CellBase & { kind: "data"; headers: string[]; ref?: CellRef; value?: ReportCell };

/** The top-left corner of a table: neither heading nor data (表三 prints the 勾稽关系 in it). */
export type CornerCell = CellBase & { kind: "corner" };

export type GridCell = HeaderCell | DataCell | CornerCell;

export type ReportGrid = {
  key: GridTableKey;
  /** The section heading the table sits under, as printed (二、主动公开政府信息情况). */
  title: string;
  /** What the table holds, for the caption. */
  caption: string;
  columnCount: number;
  head: GridCell[][];
  body: GridCell[][];
};

export type GridView = "current" | "legacy";

export const TABLE_TITLES = {
  proactive: "二、主动公开政府信息情况",
  requests: "三、收到和处理政府信息公开申请情况",
  appeals: "四、政府信息公开行政复议、行政诉讼情况",
  legacy: "政府信息公开情况统计表",
} as const satisfies Record<GridTableKey, string>;

/** The 勾稽关系 printed in 表三's corner. */
export const REQUEST_TABLE_CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

const header = (
  id: string,
  text: string,
  scope: HeaderCell["scope"],
  span: { colSpan?: number; rowSpan?: number } = {},
): HeaderCell => ({
  kind: "header",
  id,
  text,
  scope,
  colSpan: span.colSpan ?? 1,
  rowSpan: span.rowSpan ?? 1,
});

const figureCell = (
  table: FigureTable,
  tableKey: GridTableKey,
  rowKey: string,
  columnKey: string,
  headers: string[],
  colSpan = 1,
): DataCell => {
  const row = table.rows.find((r) => r.key === rowKey);
  const index = table.columns.findIndex((c) => c.key === columnKey);
  const value = row && index >= 0 ? (row.values[index] ?? null) : null;
  return {
    kind: "data",
    text: formatFigure(value),
    value,
    ref: { table: tableKey, row: rowKey, column: columnKey },
    headers,
    colSpan,
    rowSpan: 1,
  };
};

/** A figure as printed: integers plainly, amounts (万元) with at most four decimals; a missing figure as —. */
export function formatFigure(value: ReportCell | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4)));
}

/** A stable, id-safe form of a key (keys hold dots). */
const slug = (key: string) => key.replace(/[^0-9A-Za-z_-]/g, "-");

/** 表二: one block per 第二十条第（…）项, each with its own column headings; a block with fewer columns widens its last. */
export function proactiveGrid(figures: Pick<FrozenFigures, "current" | "currentFormat">): ReportGrid {
  const layout = proactiveLayout(figures.currentFormat);
  const table = figures.current.proactive;
  const groups: { name: string; rows: (typeof layout.rows)[number][]; columns: string[] }[] = [];
  for (const row of layout.rows) {
    let group = groups.find((g) => g.name === row.group);
    if (!group) {
      group = { name: row.group, rows: [], columns: [] };
      groups.push(group);
    }
    group.rows.push(row);
  }
  for (const group of groups) {
    const used = new Set(group.rows.flatMap((r) => Object.keys(r.cells)));
    group.columns = layout.columns.map((c) => c.key).filter((key) => used.has(key));
  }
  const width = Math.max(...groups.map((g) => g.columns.length));
  const body: GridCell[][] = [];
  groups.forEach((group, g) => {
    const groupId = `p-g${g}`;
    body.push([header(groupId, group.name, "rowgroup", { colSpan: width + 1 })]);
    const columnIds = group.columns.map((key) => `p-g${g}-${slug(key)}`);
    const spanOf = (i: number) => (i === group.columns.length - 1 ? width - group.columns.length + 1 : 1);
    body.push([
      header(`p-g${g}-content`, "信息内容", "col"),
      ...group.columns.map((key, i) =>
        header(columnIds[i], layout.columns.find((c) => c.key === key)!.label, "col", { colSpan: spanOf(i) }),
      ),
    ]);
    for (const row of group.rows) {
      const rowId = `p-r-${slug(row.key)}`;
      const figureRow = table.rows.find((r) => r.key === row.key);
      const label = figureRow?.label ?? row.label;
      body.push([
        header(rowId, label, "row"),
        ...group.columns.map((key, i) =>
          figureCell(table, "proactive", row.key, key, [groupId, columnIds[i], rowId], spanOf(i)),
        ),
      ]);
    }
  });
  return {
    key: "proactive",
    title: TABLE_TITLES.proactive,
    caption: "主动公开政府信息情况",
    columnCount: width + 1,
    head: [],
    body,
  };
}

/** 表三: 申请人情况 over 自然人 | 法人或其他组织 (5) | 总计; rows under 一 … 四 with the groups （三）–（六）. */
export function requestGrid(figures: Pick<FrozenFigures, "current">): ReportGrid {
  const table = figures.current.requests;
  const columnGroup = (key: string) =>
    REQUEST_COLUMNS.find((c) => c.key === key && "group" in c) as { group?: string } | undefined;
  const columns = table.columns.map((c) => ({ ...c, group: columnGroup(c.key)?.group }));

  const head: GridCell[][] = [
    [
      { kind: "corner", text: REQUEST_TABLE_CORNER, colSpan: 3, rowSpan: 3 },
      header("q-applicant", "申请人情况", "colgroup", { colSpan: columns.length }),
    ],
    [],
    [],
  ];
  const groupIds = new Map<string, string>();
  columns.forEach((column, i) => {
    if (!column.group) {
      head[1].push(header(`q-c-${slug(column.key)}`, column.label, "col", { rowSpan: 2 }));
      return;
    }
    if (!groupIds.has(column.group)) {
      const id = `q-cg${groupIds.size}`;
      groupIds.set(column.group, id);
      head[1].push(
        header(id, column.group, "colgroup", {
          colSpan: columns.slice(i).filter((c) => c.group === column.group).length,
        }),
      );
    }
    head[2].push(header(`q-c-${slug(column.key)}`, column.label, "col"));
  });
  const columnHeaders = (key: string, group?: string) => [
    "q-applicant",
    ...(group ? [groupIds.get(group)!] : []),
    `q-c-${slug(key)}`,
  ];

  // Sections and groups come from the format's definition (the figures carry labels and groups, not sections).
  const sectionOf = (key: string, label: string) => requestRowByKey(key)?.section ?? label;
  const rows = table.rows.map((row) => ({ ...row, section: sectionOf(row.key, row.label) }));
  const body: GridCell[][] = [];
  const sectionIds = new Map<string, string>();
  const rowGroupIds = new Map<string, string>();
  rows.forEach((row, i) => {
    const cells: GridCell[] = [];
    const rowId = `q-r-${slug(row.key)}`;
    const rowHeaders: string[] = [];
    const sectionRows = rows.filter((r) => r.section === row.section);
    if (sectionRows.length === 1 && row.label === row.section) {
      // 一、二、四: the row is its own section and spans the three heading columns.
      cells.push(header(rowId, row.label, "row", { colSpan: 3 }));
      rowHeaders.push(rowId);
    } else {
      if (!sectionIds.has(row.section)) {
        const id = `q-s${sectionIds.size}`;
        sectionIds.set(row.section, id);
        cells.push(header(id, row.section, "rowgroup", { rowSpan: sectionRows.length }));
      }
      rowHeaders.push(sectionIds.get(row.section)!);
      if (!row.group) {
        cells.push(header(rowId, row.label, "row", { colSpan: 2 }));
      } else {
        if (!rowGroupIds.has(row.group)) {
          const id = `q-g${rowGroupIds.size}`;
          rowGroupIds.set(row.group, id);
          cells.push(
            header(id, row.group, "rowgroup", { rowSpan: rows.slice(i).filter((r) => r.group === row.group).length }),
          );
        }
        rowHeaders.push(rowGroupIds.get(row.group)!);
        cells.push({ ...header(rowId, row.label, "row"), indent: true });
      }
      rowHeaders.push(rowId);
    }
    for (const column of columns)
      cells.push(
        figureCell(table, "requests", row.key, column.key, [...rowHeaders, ...columnHeaders(column.key, column.group)]),
      );
    body.push(cells);
  });
  return {
    key: "requests",
    title: TABLE_TITLES.requests,
    caption: "收到和处理政府信息公开申请情况（按申请人情况）",
    columnCount: 3 + columns.length,
    head,
    body,
  };
}

/** 表四: one row of 15 cells under 行政复议 | 行政诉讼 (未经复议直接起诉 | 复议后起诉). */
export function appealGrid(figures: Pick<FrozenFigures, "current">): ReportGrid {
  const table = figures.current.appeals;
  // The figures' column labels are the results (结果维持 …); the groups come from the keys' prefixes.
  const GROUPS: Record<string, [string, string?]> = {
    review: ["行政复议"],
    suit_direct: ["行政诉讼", "未经复议直接起诉"],
    suit_after_review: ["行政诉讼", "复议后起诉"],
  };
  const columns = table.columns.map((c) => {
    const prefix = c.key.split(".")[0]!;
    const [top, sub] = GROUPS[prefix] ?? [prefix];
    return { ...c, top, sub };
  });
  const head: GridCell[][] = [[], [], []];
  const topIds = new Map<string, string>();
  const subIds = new Map<string, string>();
  columns.forEach((column, i) => {
    if (!topIds.has(column.top)) {
      const id = `a-t${topIds.size}`;
      topIds.set(column.top, id);
      const span = columns.slice(i).filter((c) => c.top === column.top).length;
      // A group without sub-groups (行政复议) reaches down to the results row.
      head[0].push(header(id, column.top, "colgroup", { colSpan: span, rowSpan: column.sub ? 1 : 2 }));
    }
    if (column.sub && !subIds.has(`${column.top}/${column.sub}`)) {
      const id = `a-s${subIds.size}`;
      subIds.set(`${column.top}/${column.sub}`, id);
      head[1].push(
        header(id, column.sub, "colgroup", {
          colSpan: columns.slice(i).filter((c) => c.top === column.top && c.sub === column.sub).length,
        }),
      );
    }
    head[2].push(header(`a-c-${slug(column.key)}`, column.label, "col"));
  });
  const row = table.rows[0];
  const body: GridCell[][] = row
    ? [
        columns.map((column) =>
          figureCell(table, "appeals", row.key, column.key, [
            topIds.get(column.top)!,
            ...(column.sub ? [subIds.get(`${column.top}/${column.sub}`)!] : []),
            `a-c-${slug(column.key)}`,
          ]),
        ),
      ]
    : [];
  return {
    key: "appeals",
    title: TABLE_TITLES.appeals,
    caption: "政府信息公开行政复议、行政诉讼情况",
    columnCount: columns.length,
    head,
    body,
  };
}

/** The older format's one table: 指标名称 | 单位 | <the year> | 历年累计. */
export function legacyGrid(figures: Pick<FrozenFigures, "legacy">, year?: number): ReportGrid {
  const table = figures.legacy.legacy;
  const columnLabel = (key: string, label: string) => (key === "this_year" && year ? String(year) : label);
  const head: GridCell[][] = [
    [
      header("l-name", "指标名称", "col"),
      header("l-unit", "单位", "col"),
      ...table.columns.map((c) => header(`l-c-${slug(c.key)}`, columnLabel(c.key, c.label), "col")),
    ],
  ];
  const body: GridCell[][] = table.rows.map((row) => {
    const rowId = `l-r-${slug(row.key)}`;
    // 其中：1.… and 2.… are parts of the row above them: indented, as printed.
    const indent = /^(其中|\d)/.test(row.label);
    return [
      { ...header(rowId, row.label, "row"), indent },
      { kind: "data", text: row.unit ?? "", headers: [rowId, "l-unit"], colSpan: 1, rowSpan: 1 },
      ...table.columns.map((c) => figureCell(table, "legacy", row.key, c.key, [rowId, `l-c-${slug(c.key)}`])),
    ];
  });
  return {
    key: "legacy",
    title: TABLE_TITLES.legacy,
    caption: year ? `${year}年政府信息公开情况统计` : "政府信息公开情况统计",
    columnCount: 2 + table.columns.length,
    head,
    body,
  };
}

/** The tables of a report in the order printed: 表二, 表三, 表四 — or the older format's one table. */
export function reportGrids(figures: FrozenFigures | ComputedReport, view: GridView, year?: number): ReportGrid[] {
  if (view === "legacy") return [legacyGrid(figures, year ?? ("year" in figures ? figures.year : undefined))];
  return [proactiveGrid(figures), requestGrid(figures), appealGrid(figures)];
}

export type PlacedCell = { cell: GridCell; row: number; column: number };

/**
 * Places the cells as a browser does: each cell takes the next column its row has free, a rowspan reserves
 * its columns in the rows below. The PDF draws from these positions.
 */
export function placeGrid(rows: GridCell[][]): PlacedCell[] {
  const taken: boolean[][] = [];
  const placed: PlacedCell[] = [];
  rows.forEach((row, r) => {
    taken[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (taken[r][c]) c++;
      placed.push({ cell, row: r, column: c });
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        taken[r + dr] ??= [];
        for (let dc = 0; dc < cell.colSpan; dc++) taken[r + dr][c + dc] = true;
      }
      c += cell.colSpan;
    }
  });
  return placed;
}

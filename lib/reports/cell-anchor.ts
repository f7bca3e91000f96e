// The anchor of one linked number in the console's report tables, so that 返回报告 on a drill-down page lands
// on the cell it came from (and the cell is highlighted with :target, app/globals.css). Pure: the report tables
// render on the portal too, where no cell is linked and no anchor is given.
export function cellAnchorId(table: string, row: string, column: string): string {
  return `cell-${table}-${row}-${column}`;
}

/** The fragment of a cell's anchor, encoded (row keys hold Chinese, "." and ":"). */
export function cellFragment(table: string, row: string, column: string): string {
  return `#${encodeURIComponent(cellAnchorId(table, row, column))}`;
}

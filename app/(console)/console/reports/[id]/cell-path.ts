// The console address of one report cell's drill-down. Row keys can hold Chinese and ":" (writer figures such
// as `category:机构职能类`), so each segment is encoded.
export function cellPath(reportId: string, table: string, row: string, column: string): string {
  return `/console/reports/${reportId}/cells/${encodeURIComponent(table)}/${encodeURIComponent(row)}/${encodeURIComponent(column)}`;
}

/** The same cell in a published version: the records it counted at publication. */
export function versionCellPath(reportId: string, version: number, table: string, row: string, column: string): string {
  return `/console/reports/${reportId}/versions/${version}/cells/${encodeURIComponent(table)}/${encodeURIComponent(row)}/${encodeURIComponent(column)}`;
}

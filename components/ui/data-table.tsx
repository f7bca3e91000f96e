// The console's list tables: column headers (scoped for screen readers) and a body that scrolls sideways
// on narrow screens instead of breaking the layout.
import type { ReactNode } from "react";

type Props = {
  /** Column headers in order; a null header is left out (optional columns). */
  headers: (ReactNode | null)[];
  children: ReactNode;
  /** Smaller text for dense lists. */
  dense?: boolean;
  testId?: string;
};

export function DataTable({ headers, children, dense, testId }: Props) {
  return (
    <div className="overflow-x-auto">
      <table className={`w-full border-collapse bg-white text-left${dense ? " text-sm" : ""}`} data-testid={testId}>
        <thead>
          <tr className="border-b border-stone-300">
            {headers.map((header, i) =>
              header === null ? null : (
                <th
                  // biome-ignore lint/suspicious/noArrayIndexKey: the headers are a fixed list; a column is its position
                  key={i}
                  scope="col"
                  className="px-3 py-2"
                >
                  {header}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

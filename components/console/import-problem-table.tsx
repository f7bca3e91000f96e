"use client";
// The problems of an all-or-nothing file import (items, historical report figures): one row per problem with
// its line, its column and a sentence the user can act on.
import { useTranslations } from "next-intl";
import type { ImportFormState } from "@/lib/items/import/form-state";

type Problem = NonNullable<ImportFormState["rowErrors"]>[number];

export function ImportProblemTable({ problems, lineLabel }: { problems: readonly Problem[]; lineLabel: string }) {
  const t = useTranslations("itemImport");
  const tv = useTranslations("validation");
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left text-sm">
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="px-3 py-2">
              {lineLabel}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("column")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("problem")}
            </th>
          </tr>
        </thead>
        <tbody>
          {problems.map((e, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of problems found in one file, never reordered; two problems may read alike (same line, column and message)
            <tr key={index} className="border-b border-stone-200 align-top">
              <td className="px-3 py-2 tabular-nums">{e.row ?? t("wholeFile")}</td>
              <td className="px-3 py-2">{e.column ?? "—"}</td>
              <td className="px-3 py-2">{tv.has(e.message) ? tv(e.message, e.params) : e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

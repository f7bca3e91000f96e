import { getFormatter } from "next-intl/server";

/** A date and time in China Standard Time, in the reader's language. */
export async function DateTime({ value }: { value: Date }) {
  const format = await getFormatter();
  return (
    <time dateTime={value.toISOString()}>
      {format.dateTime(value, {
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
        hour12: false,
      })}
    </time>
  );
}

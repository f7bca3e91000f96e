// A row of links that switch what a console page shows (a list's views, the agency a page is about), the current
// one marked with aria-current="page" — one look and one accessible pattern for all of them.
import Link from "next/link";

export type TabLink = { key: string; href: string; label: string; current: boolean };

export function TabLinks({ label, tabs, className }: { label: string; tabs: TabLink[]; className?: string }) {
  return (
    <nav aria-label={label} className={className}>
      <ul className="flex flex-wrap gap-2">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={tab.current ? "page" : undefined}
              className="block rounded border border-stone-300 px-3 py-1 aria-[current=page]:border-gov-red aria-[current=page]:font-semibold"
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

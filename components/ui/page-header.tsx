export function PageHeader({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-center justify-between gap-3 border-b border-stone-300 pb-3">
      <h1 className="text-2xl font-semibold">{title}</h1>
      {children ? <div className="flex gap-2">{children}</div> : null}
    </div>
  );
}

"use client";
// 打印本页: the browser's print dialog; the print stylesheet hides the portal's chrome.
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded border border-stone-400 bg-white px-3 py-1 text-sm hover:bg-stone-100"
    >
      {label}
    </button>
  );
}

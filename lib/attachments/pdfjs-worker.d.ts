// pdfjs-dist ships no types for its worker module; we only hand it to pdf.js (globalThis.pdfjsWorker)
// so that the "fake worker" runs on this thread without loading a file by URL.
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs" {
  export const WorkerMessageHandler: unknown;
}

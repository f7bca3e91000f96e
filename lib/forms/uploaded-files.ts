// The files a form sent under one field name, as the upload use cases take them. A file input left empty still
// sends one empty part, and an empty file carries nothing to attach: both are left out here.
import type { UploadedFile } from "@/lib/requests/request-files";

export async function uploadedFiles(formData: FormData, name: string): Promise<UploadedFile[]> {
  const files = formData.getAll(name).filter((f): f is File => f instanceof File && f.size > 0);
  return Promise.all(files.map(async (f) => ({ bytes: Buffer.from(await f.arrayBuffer()), fileName: f.name })));
}

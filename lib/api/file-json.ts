// How a request's file looks in the staff API: its facts and where to download it, never the storage key.
type FileRow = {
  id: string;
  kind: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256?: string;
  replyId?: string | null;
  createdAt?: Date;
};

export function requestFileJson(requestId: string, file: FileRow) {
  const base = `/api/v1/console/requests/${requestId}`;
  return {
    id: file.id,
    kind: file.kind,
    fileName: file.fileName,
    contentType: file.contentType,
    size: file.size,
    sha256: file.sha256 ?? null,
    replyId: file.replyId ?? null,
    createdAt: file.createdAt?.toISOString() ?? null,
    download: file.replyId ? `${base}/replies/${file.replyId}/files/${file.id}` : `${base}/files/${file.id}`,
  };
}

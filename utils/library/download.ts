/** Hands a file to the browser's download manager; nothing leaves the machine. */
export function download(data: string | Uint8Array, name: string, type: string, doc: Document = document) {
  const blob = new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  doc.body.append(a);
  a.click();
  a.remove();
  // The download has started reading the blob by the time the click returns; give it a moment anyway.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `tifa-2026-12-01.json` and the like, in local time. */
export function exportName(ext: string, now: () => number = Date.now): string {
  const d = new Date(now());
  const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return `tifa-${day}.${ext}`;
}

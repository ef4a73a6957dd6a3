// Hands a file to the browser's own download (a Blob URL and <a download>): nothing is uploaded anywhere.

/** Downloads `blob` as `name`. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers (Safari) read the Blob only after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

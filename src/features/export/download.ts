// Saves a file through the browser's own download (a Blob and <a download>): nothing leaves the device.

/** Downloads `blob` as `filename`. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers read the Blob only after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

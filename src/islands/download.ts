/**
 * Saves text as a file through a Blob link: nothing is uploaded. Called from click handlers only,
 * so `document` and `URL` are never touched during server rendering.
 */
export function downloadText(fileName: string, text: string, type: string): void {
  // CSV gets a byte-order mark so spreadsheet programs read it as UTF-8 (dashes, accents);
  // JSON must not, or JSON.parse rejects the file when it is imported again.
  const parts = type.startsWith('text/csv') ? ['\uFEFF', text] : [text];
  const href = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/**
 * Saves text as a file through a Blob link. Nothing leaves the browser. Called from click
 * handlers only, so `document` and `URL` are never touched during server rendering.
 */
export function downloadText(fileName: string, text: string, type: string): void {
  // The byte-order mark tells spreadsheet programs the file is UTF-8 (en dashes, accents).
  const blob = new Blob(['\uFEFF', text], { type });
  const href = URL.createObjectURL(blob);
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

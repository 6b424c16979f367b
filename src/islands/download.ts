/**
 * Saves text as a file through a Blob link: nothing is uploaded. The text is saved exactly as given
 * (a CSV file's byte-order mark comes from src/lib/csv.ts). Called from click handlers only, so
 * `document` and `URL` are never touched during server rendering.
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const href = URL.createObjectURL(new Blob([text], { type }));
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

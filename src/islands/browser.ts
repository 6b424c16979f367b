/** Browser calls the self-evaluation islands make (clipboard, dates in the reader's locale), each safe to fail. */

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** "14 May 2025, 09:30" in the reader's locale. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/**
 * The files a reader chose in a file input, taken out of it: the input is cleared so that choosing
 * the same file again (after fixing it, say) fires another change.
 */
export function takeChosenFiles(event: Event): File[] {
  const input = event.currentTarget as HTMLInputElement;
  const chosen = [...(input.files ?? [])];
  input.value = '';
  return chosen;
}

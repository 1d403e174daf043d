/**
 * Offers text to the reader as a file download. A Blob URL and a temporary link: no request,
 * nothing the page's Content-Security-Policy has to allow.
 */
export function saveFile(contents: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the Blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

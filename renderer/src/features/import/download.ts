/** Files the app saved: the desktop app already asked where (a save dialog); the preview gives a one-time link. */
export function startDownload(url: string, name: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
}

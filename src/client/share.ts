/**
 * Turns on the share buttons the browser can honour: the system share sheet (where phones
 * list Zalo, which offers no share link but its SDK, and Messenger) and copying the
 * article's address. Both stay hidden without this script or without the browser API, and
 * the plain Facebook link and the written address work on their own. The address and the
 * headline are the page's canonical link and og:title, already in its head, not repeated in
 * the section.
 */
export function enhanceShare(section: HTMLElement): void {
  const url = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')!.href;
  const title = document.querySelector<HTMLMetaElement>('meta[property="og:title"]')!.content;
  const offer = (name: string, onClick: () => void) => {
    const item = section.querySelector<HTMLElement>(`[data-share="${name}"]`)!;
    item.hidden = false;
    item.querySelector('button')!.addEventListener('click', onClick);
  };
  if ('share' in navigator) {
    // Closing the sheet without choosing an app rejects: nothing the reader needs to hear.
    offer('sheet', () => void navigator.share({ title, url }).catch(() => {}));
  }
  if ('clipboard' in navigator) {
    const status = section.querySelector<HTMLElement>('[role="status"]')!;
    const say = (message: string | undefined) => () => (status.textContent = message ?? '');
    offer(
      'copy',
      () => void navigator.clipboard.writeText(url).then(say(status.dataset.copied), say(status.dataset.failed)),
    );
  }
}

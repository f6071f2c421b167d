import { shareButtons } from '../i18n/share-buttons.ts';

/**
 * Adds the share buttons the browser can honour: the system share sheet (where phones
 * list Zalo, which offers no share link but its SDK, and Messenger) and copying the
 * article's address. Without this script or without the browser API there is no button,
 * and the plain Facebook link and the written address work on their own; the buttons are
 * not written hidden into every article page. The address and the headline are the page's
 * canonical link and og:title, already in its head, not repeated in the section. The
 * written address stays last, where a printed page shows it.
 */
export function enhanceShare(section: HTMLElement): void {
  const url = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')!.href;
  const title = document.querySelector<HTMLMetaElement>('meta[property="og:title"]')!.content;
  const list = section.querySelector('ul')!;
  const address = list.lastElementChild;
  const offer = (label: string, onClick: () => void): HTMLLIElement => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button-outline';
    button.textContent = label;
    button.addEventListener('click', onClick);
    item.append(button);
    list.insertBefore(item, address);
    return item;
  };
  if ('share' in navigator) {
    // Closing the sheet without choosing an app rejects: nothing the reader needs to hear.
    offer(shareButtons.sheet, () => void navigator.share({ title, url }).catch(() => {}));
  }
  if ('clipboard' in navigator) {
    // In the page before anything is said in it, so that screen readers announce what is.
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    const say = (message: string) => () => (status.textContent = message);
    offer(
      shareButtons.copy,
      () => void navigator.clipboard.writeText(url).then(say(shareButtons.copied), say(shareButtons.copyFailed)),
    ).append(status);
  }
}

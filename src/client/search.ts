/** The global that `/pagefind/pagefind-ui.js` defines; it exists only after `npm run build`. */
interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => PagefindUIInstance;
  }
}

/**
 * Mounts Pagefind's search UI and keeps the query in the address bar
 * (`/tim-kiem/?q=dan+van`), so a search can be shared and survives a reload.
 */
export async function startSearch(selector: string): Promise<void> {
  const { PagefindUI } = window;
  const container = document.querySelector<HTMLElement>(selector);
  if (!PagefindUI || !container) return;
  // Fetched here, not in <head>: it styles only what this script mounts, so it need not block the page.
  await loadStylesheet('/pagefind/pagefind-ui.css');
  const ui = new PagefindUI({ element: selector, showSubResults: false, showImages: false, resetStyles: false });
  const query = new URLSearchParams(location.search).get('q')?.trim();
  if (query) ui.triggerSearch(query);
  container.addEventListener('input', (event) => {
    const input = event.target as HTMLInputElement;
    const url = new URL(location.href);
    if (input.value.trim()) url.searchParams.set('q', input.value.trim());
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  });
}

function loadStylesheet(href: string): Promise<void> {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  const settled = new Promise<void>((resolve) => {
    link.onload = link.onerror = () => resolve();
  });
  document.head.append(link);
  return settled;
}

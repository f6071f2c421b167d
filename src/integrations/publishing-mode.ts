import type { AstroIntegration } from 'astro';

/**
 * Tells the site whether it is a preview: `astro dev` shows every article (drafts,
 * scheduled, expired) for editors to read, any other command only what is published.
 * Decided by Astro's command, compiled in as `import.meta.env.SHOW_UNPUBLISHED`: Vite's
 * `import.meta.env.DEV` follows NODE_ENV, so a CI runner with NODE_ENV=test would have
 * published every draft.
 */
export function publishingMode(): AstroIntegration {
  return {
    name: 'publishing-mode',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.SHOW_UNPUBLISHED': JSON.stringify(command === 'dev') } } });
      },
    },
  };
}

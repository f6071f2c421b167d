import { describe, expect, it } from 'vitest';
import { publishingMode } from '../../src/integrations/publishing-mode.ts';

/** What the integration tells Vite to compile in, for an Astro command. */
function showUnpublished(command: 'dev' | 'build' | 'preview' | 'sync'): unknown {
  let define: Record<string, unknown> = {};
  const setup = publishingMode().hooks['astro:config:setup'] as (options: object) => void;
  setup({
    command,
    updateConfig: (config: { vite: { define: Record<string, unknown> } }) => (define = config.vite.define),
  });
  return define['import.meta.env.SHOW_UNPUBLISHED'];
}

describe('publishingMode', () => {
  it('shows unpublished articles in astro dev alone, whatever NODE_ENV says', () => {
    expect(showUnpublished('dev')).toBe('true');
    expect(showUnpublished('build')).toBe('false');
    expect(showUnpublished('preview')).toBe('false');
  });
});

import { describe, expect, it } from 'vitest';
import { escapeMarkup } from '../../../src/lib/text/escape-markup.ts';

describe('escapeMarkup', () => {
  it('escapes what could open a tag, an entity or end an attribute, and nothing else', () => {
    expect(escapeMarkup(`Cao su & điều: "giá" <tăng> l'an`)).toBe(
      'Cao su &amp; điều: &quot;giá&quot; &lt;tăng&gt; l&apos;an',
    );
  });
});

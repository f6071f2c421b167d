import { describe, expect, it } from 'vitest';
import { isPublished } from '../../../src/lib/article/publication.ts';

const now = new Date('2026-11-27T10:00:00+07:00');
const build = { preview: false };
const at = (iso: string) => new Date(iso);

describe('isPublished', () => {
  it('publishes an article dated before the build', () => {
    expect(isPublished({ date: at('2019-10-26T19:18:00+07:00') }, now, build)).toBe(true);
  });

  it('never publishes a draft, whatever its date', () => {
    expect(isPublished({ date: at('2019-10-26T19:18:00+07:00'), draft: true }, now, build)).toBe(false);
  });

  it('holds a scheduled article until its time, then publishes it', () => {
    const scheduled = { date: at('2026-11-27T12:00:00+07:00'), publishAt: at('2026-11-27T12:00:00+07:00') };
    expect(isPublished(scheduled, now, build)).toBe(false);
    expect(isPublished(scheduled, at('2026-11-27T12:00:00+07:00'), build)).toBe(true);
  });

  it('holds an article dated in the future even without publishAt', () => {
    expect(isPublished({ date: at('2026-12-01T08:00:00+07:00') }, now, build)).toBe(false);
  });

  it('takes an article down once it expires', () => {
    const expiring = { date: at('2026-11-01T08:00:00+07:00'), expires: at('2026-11-27T10:00:00+07:00') };
    expect(isPublished(expiring, at('2026-11-27T09:59:59+07:00'), build)).toBe(true);
    expect(isPublished(expiring, now, build)).toBe(false);
  });

  it('shows everything in a preview', () => {
    const preview = { preview: true };
    expect(isPublished({ date: at('2030-01-01T00:00:00+07:00'), draft: true }, now, preview)).toBe(true);
    expect(
      isPublished({ date: at('2019-01-01T00:00:00+07:00'), expires: at('2020-01-01T00:00:00+07:00') }, now, preview),
    ).toBe(true);
  });
});

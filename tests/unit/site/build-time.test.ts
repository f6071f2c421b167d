import { describe, expect, it } from 'vitest';
import { buildTime } from '../../../src/lib/site/build-time.ts';

const clock = () => new Date('2026-11-27T01:00:00Z');

describe('buildTime', () => {
  it('is the clock’s time unless SITE_NOW is set', () => {
    expect(buildTime(undefined, clock).toISOString()).toBe('2026-11-27T01:00:00.000Z');
    expect(buildTime('', clock).toISOString()).toBe('2026-11-27T01:00:00.000Z');
  });

  it('is SITE_NOW when set', () => {
    expect(buildTime('2020-01-01T08:00:00+07:00', clock).toISOString()).toBe('2020-01-01T01:00:00.000Z');
  });

  it('refuses a SITE_NOW that is not an ISO time with its offset, rather than building at a wrong time', () => {
    expect(() => buildTime('27/11/2026', clock)).toThrow(/SITE_NOW="27\/11\/2026"/);
    expect(() => buildTime('2026-11-27T08:00:00', clock)).toThrow(/offset/);
  });
});

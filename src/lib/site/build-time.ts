/**
 * The time a build is made at: the real clock, or `SITE_NOW` (ISO 8601 with offset) to
 * rebuild a past day exactly or to test scheduling and expiry without waiting for them.
 */
export function buildTime(siteNow: string | undefined, clock: () => Date): Date {
  if (siteNow === undefined || siteNow === '') return clock();
  const time = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(siteNow)
    ? new Date(siteNow)
    : new Date(Number.NaN);
  if (Number.isNaN(time.getTime()))
    throw new Error(`SITE_NOW="${siteNow}" is not a time in ISO 8601 with its offset, e.g. 2026-11-27T08:00:00+07:00`);
  return time;
}

import { buildTime } from '../lib/site/build-time.ts';

/** When this build is made: what scheduling, expiry and the news sitemap go by. */
export const now: Date = buildTime(process.env.SITE_NOW, () => new Date());

import { HOST_LIMITS, HOSTS, type Host, type HostLimits } from './hosts.ts';

/** What the built site weighs, as a host counts it: every file of `dist/`. */
export interface SiteSize {
  bytes: number;
  files: number;
  /** Its largest file, by path relative to `dist/`; none in an empty folder. */
  largest?: { path: string; bytes: number } | undefined;
}

export type Limit = keyof HostLimits;

/** The share of a limit past which the build warns: room for a few months of news, not a few days. */
export const WARN_AT = 0.8;

/** One of the site's figures against a host's limit for it. */
export interface LimitUse {
  limit: Limit;
  used: number;
  /** The host's limit; none when it publishes none. */
  max?: number | undefined;
  status: 'ok' | 'near' | 'over';
}

export interface HostCheck {
  host: Host;
  uses: LimitUse[];
  /** The other hosts whose every limit the site keeps with room to grow (under {@link WARN_AT}), in the order of `HOSTS`. */
  fits: Host[];
}

const LIMITS: Limit[] = ['siteBytes', 'files', 'fileBytes'];

function used(size: SiteSize, limit: Limit): number {
  if (limit === 'siteBytes') return size.bytes;
  if (limit === 'files') return size.files;
  return size.largest?.bytes ?? 0;
}

function use(limits: HostLimits, size: SiteSize, limit: Limit): LimitUse {
  const max = limits[limit];
  const value = used(size, limit);
  const status = max === undefined || value <= max * WARN_AT ? 'ok' : value <= max ? 'near' : 'over';
  return { limit, used: value, max, status };
}

/** The site's size, file count and largest file against `host`'s limits, and the hosts it would fit. */
export function checkHost(host: Host, size: SiteSize): HostCheck {
  const fits = HOSTS.filter(
    (other) => other !== host && LIMITS.every((limit) => use(HOST_LIMITS[other], size, limit).status === 'ok'),
  );
  return { host, uses: LIMITS.map((limit) => use(HOST_LIMITS[host], size, limit)), fits };
}

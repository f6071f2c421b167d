import { describe, expect, it } from 'vitest';
import { checkHost, type SiteSize } from '../../../src/lib/deploy/host-check.ts';
import { HOST_LIMITS } from '../../../src/lib/deploy/hosts.ts';
import { formatBytes, hostReport } from '../../../src/lib/deploy/messages.ts';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/** The 10 000-article bench site as the issue measured it: 420 MiB in 24 000 files. */
const BENCH_10K: SiteSize = {
  bytes: 420 * MiB,
  files: 24_000,
  largest: { path: 'pagefind/wasm.unknown.pagefind', bytes: 1.2 * MiB },
};

const statusOf = (check: ReturnType<typeof checkHost>) =>
  Object.fromEntries(check.uses.map((use) => [use.limit, use.status]));

describe('checkHost', () => {
  it('passes a small site on every host', () => {
    const small: SiteSize = { bytes: 800 * 1024, files: 51, largest: { path: 'a.js', bytes: 180 * 1024 } };
    for (const host of ['github-pages', 'cloudflare-pages', 'netlify', 's3'] as const) {
      expect(
        checkHost(host, small).uses.every((use) => use.status === 'ok'),
        host,
      ).toBe(true);
    }
  });

  it('fails Cloudflare’s free plan on file count and names the hosts the site fits', () => {
    const check = checkHost('cloudflare-pages', BENCH_10K);
    expect(statusOf(check)).toEqual({ siteBytes: 'ok', files: 'over', fileBytes: 'ok' });
    expect(check.fits).toEqual(['github-pages', 'netlify', 's3']);
  });

  it('warns from past 80 % of a limit, and fails only past the limit itself', () => {
    const at = (bytes: number) => statusOf(checkHost('github-pages', { bytes, files: 1 })).siteBytes;
    expect(at(0.8 * GiB)).toBe('ok');
    expect(at(0.8 * GiB + 1)).toBe('near');
    expect(at(GiB)).toBe('near');
    expect(at(GiB + 1)).toBe('over');
  });

  it('suggests only S3 for a 100 000-article site of 5.1 GB in 240 000 files', () => {
    const check = checkHost('github-pages', { bytes: 5.1e9, files: 240_000, largest: { path: 'x', bytes: 2 * MiB } });
    expect(statusOf(check).siteBytes).toBe('over');
    // Netlify publishes no limit, so it is named too: the message lists what fits.
    expect(check.fits).toEqual(['netlify', 's3']);
  });

  it('judges a file over 25 MiB against Cloudflare, whatever the total', () => {
    const check = checkHost('cloudflare-pages', {
      bytes: 30 * MiB,
      files: 2,
      largest: { path: 'video.mp4', bytes: 26 * MiB },
    });
    expect(statusOf(check)).toEqual({ siteBytes: 'ok', files: 'ok', fileBytes: 'over' });
    expect(HOST_LIMITS['cloudflare-pages'].fileBytes).toBe(25 * MiB);
  });
});

describe('hostReport', () => {
  it('names the limit, by how much, and where to move, in Vietnamese', () => {
    const report = hostReport(checkHost('cloudflare-pages', BENCH_10K), BENCH_10K);
    expect(report.errors).toEqual([
      'Lỗi (error): số tệp (file count) 24.000 tệp vượt giới hạn 20.000 tệp của cloudflare-pages 4.000 tệp (20%) (limit exceeded) — chuyển sang github-pages, netlify hoặc s3 (đổi host trong content/site.yaml và cách đăng theo README, mục "Deploying").',
    ]);
    expect(report.warnings).toEqual([]);
    expect(report.summary).toMatch(/^Trang đã dựng \(dist\) không đăng được lên cloudflare-pages: vượt 1 giới hạn\./);
    expect(report.lines).toEqual([
      'Trang đã dựng (dist) so với giới hạn của cloudflare-pages:',
      '  dung lượng (site size): 420 MiB / không công bố giới hạn (no published limit)',
      '  số tệp (file count): 24.000 tệp / giới hạn 20.000 tệp (120%)',
      '  tệp lớn nhất (largest file): 1,2 MiB / giới hạn 25 MiB (5%) — pagefind/wasm.unknown.pagefind',
    ]);
  });

  it('warns near a limit and still passes', () => {
    const size: SiteSize = { bytes: 900 * MiB, files: 20_000 };
    const report = hostReport(checkHost('github-pages', size), size);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([
      'Cảnh báo (warning): dung lượng (site size) đã tới 88% giới hạn của github-pages: 900 MiB / 1 GiB. Khi vượt, bản dựng sẽ dừng: chuẩn bị chuyển sang netlify hoặc s3 (đổi host trong content/site.yaml và cách đăng theo README, mục "Deploying").',
    ]);
    expect(report.summary).toBe('Trang đã dựng (dist) đăng được lên github-pages, 1 cảnh báo (warning).');
  });

  it('formats bytes in binary units with a decimal comma', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1536)).toBe('1,5 KiB');
    expect(formatBytes(2.1 * GiB)).toBe('2,1 GiB');
  });
});

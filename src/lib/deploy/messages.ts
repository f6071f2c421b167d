import type { HostCheck, Limit, LimitUse, SiteSize } from './host-check.ts';

/**
 * What `npm run build` says about the built site against its host's limits, in
 * Vietnamese with the English term in brackets, as `npm run check` words its problems.
 */
export interface HostReport {
  /** The figures, one line per limit. */
  lines: string[];
  warnings: string[];
  errors: string[];
  /** The last line: whether the site can be published there, and what to do if not. */
  summary: string;
}

const LABELS: Record<Limit, string> = {
  siteBytes: 'dung lượng (site size)',
  files: 'số tệp (file count)',
  fileBytes: 'tệp lớn nhất (largest file)',
};

const numbers = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 0 });

/** `420,3 MiB`: binary units, as the hosts state theirs. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${numbers.format(value)} ${units[unit]}`;
}

function amount(limit: Limit, value: number): string {
  return limit === 'files' ? `${numbers.format(value)} tệp` : formatBytes(value);
}

/** `a, b hoặc c` */
function either(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} hoặc ${items.at(-1)}`;
}

function figure(use: LimitUse, size: SiteSize): string {
  const of =
    use.max === undefined
      ? 'không công bố giới hạn (no published limit)'
      : `giới hạn ${amount(use.limit, use.max)} (${percent.format(use.used / use.max)})`;
  const where = use.limit === 'fileBytes' && size.largest ? ` — ${size.largest.path}` : '';
  return `  ${LABELS[use.limit]}: ${amount(use.limit, use.used)} / ${of}${where}`;
}

const MOVE = 'đổi host trong content/site.yaml và cách đăng theo README, mục "Deploying"';

/** The report of {@link checkHost} for the terminal. */
export function hostReport(check: HostCheck, size: SiteSize): HostReport {
  const { host, uses, fits } = check;
  const moveTo = fits.length > 0 ? `chuyển sang ${either(fits)} (${MOVE})` : MOVE;
  const warnings = uses
    .filter((use) => use.status === 'near')
    .map(
      (use) =>
        `Cảnh báo (warning): ${LABELS[use.limit]} đã tới ${percent.format(use.used / use.max!)} giới hạn của ${host}: ${amount(use.limit, use.used)} / ${amount(use.limit, use.max!)}. Khi vượt, bản dựng sẽ dừng: chuẩn bị ${moveTo}.`,
    );
  const errors = uses
    .filter((use) => use.status === 'over')
    .map(
      (use) =>
        `Lỗi (error): ${LABELS[use.limit]} ${amount(use.limit, use.used)} vượt giới hạn ${amount(use.limit, use.max!)} của ${host} ${amount(use.limit, use.used - use.max!)} (${percent.format(use.used / use.max! - 1)}) (limit exceeded) — ${moveTo}.`,
    );
  const summary =
    errors.length === 0
      ? `Trang đã dựng (dist) đăng được lên ${host}${warnings.length > 0 ? `, ${warnings.length} cảnh báo (warning)` : ''}.`
      : `Trang đã dựng (dist) không đăng được lên ${host}: vượt ${errors.length} giới hạn. Chưa có gì được tải lên; sửa theo dòng trên rồi chạy lại npm run build.`;
  return {
    lines: [`Trang đã dựng (dist) so với giới hạn của ${host}:`, ...uses.map((use) => figure(use, size))],
    warnings,
    errors,
    summary,
  };
}

/** What `npm run deploy:s3` is about to do, before it does it. */
export function deployPlanLine(target: string, files: number, passes: number): string {
  return `Đăng lên ${target} bằng rclone: ${files} tệp trong ${passes} lượt theo loại (tệp có mã băm trước, rồi các trang), chỉ tệp có nội dung (MD5) khác được tải lên; sau đó xoá các tệp không còn trên trang.`;
}

/** The last line of a deploy that went through. */
export function deployDoneLine(target: string, uploaded: number, unchanged: number, deleted: number): string {
  return `Đã đăng lên ${target}: tải lên ${uploaded}, giữ nguyên ${unchanged}, xoá ${deleted}.`;
}

/** A deploy stopped by a failed upload: the site keeps every file it had, none deleted. */
export function uploadFailedLine(target: string, errors: readonly string[]): string {
  return `Lỗi (error): rclone không tải lên được lên ${target}:\n  ${errors.join('\n  ')}\nDừng lại trước khi xoá gì: trang cũ vẫn nguyên; sửa lỗi (--bucket, --endpoint, khoá truy cập AWS_ACCESS_KEY_ID và AWS_SECRET_ACCESS_KEY) rồi chạy lại, chỉ các tệp còn thiếu được tải lên.`;
}

/** The deletion after the uploads failed: every new file is up, some old ones may linger. */
export function deleteFailedLine(target: string, errors: readonly string[]): string {
  return `Lỗi (error): đã tải lên mọi tệp mới lên ${target} nhưng chưa xoá được các tệp cũ:\n  ${errors.join('\n  ')}\nTrang mới đã lên; chạy lại để xoá.`;
}

/** rclone is not installed where the deploy runs. */
export const MISSING_RCLONE =
  'Lỗi (error): không tìm thấy rclone: cài nó (Debian, Ubuntu: apt-get install rclone; hoặc https://rclone.org/install/) hoặc đặt RCLONE là đường dẫn đến nó.';

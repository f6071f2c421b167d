import type { HostCheck, Limit, LimitUse, SiteSize } from './host-check.ts';
import type { SyncPlan } from './s3-objects.ts';

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
export function syncPlanLine(target: string, plan: SyncPlan): string {
  const upload = plan.hashed.length + plan.other.length;
  return `Đăng lên ${target}: tải lên ${upload} tệp mới hoặc đã đổi (${plan.hashed.length} tệp có mã băm trước, rồi ${plan.other.length} trang và tệp khác), giữ nguyên ${plan.unchanged} tệp, sau đó xoá ${plan.remove.length} tệp không còn trên trang.`;
}

/** The last line of a deploy that went through. */
export function syncDoneLine(target: string, plan: SyncPlan): string {
  return `Đã đăng lên ${target}: tải lên ${plan.hashed.length + plan.other.length}, giữ nguyên ${plan.unchanged}, xoá ${plan.remove.length}.`;
}

/** A deploy stopped by a failed upload: the site keeps every file it had, none deleted. */
export function uploadFailedLine(key: string, reason: string): string {
  return `Lỗi (error): không tải lên được ${key}: ${reason}. Dừng lại trước khi xoá gì: trang cũ vẫn nguyên; sửa lỗi rồi chạy lại, chỉ các tệp còn thiếu được tải lên.`;
}

/** Credentials the SDK could not find, in the words of the standard AWS variables. */
export const MISSING_CREDENTIALS =
  'Lỗi (error): không có khoá truy cập (credentials): đặt AWS_ACCESS_KEY_ID và AWS_SECRET_ACCESS_KEY (và AWS_REGION nếu cần) trong môi trường.';

/** The bucket could not be listed: nothing was sent. */
export function listFailedLine(target: string, reason: string): string {
  return `Lỗi (error): không đọc được danh sách tệp của ${target}: ${reason}. Chưa tải lên gì; kiểm tra --bucket, --endpoint và khoá truy cập.`;
}

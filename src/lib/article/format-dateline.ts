import { vi } from '../../i18n/vi.ts';
import { toVietnamTime } from './vietnam-time.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** `Thứ Bảy, 26/10/2019, 19:18`, in Vietnam time whatever the machine's own zone. */
export function formatDateline(instant: Date): string {
  return `${vi.weekdays[toVietnamTime(instant).weekday]}, ${formatDate(instant)}, ${formatTime(instant)}`;
}

/** `19:18`, in Vietnam time. */
export function formatTime(instant: Date): string {
  const t = toVietnamTime(instant);
  return `${pad(t.hour)}:${pad(t.minute)}`;
}

/** `26/10/2019`, the way Vietnamese readers write a date. */
export function formatDate(instant: Date): string {
  const t = toVietnamTime(instant);
  return `${pad(t.day)}/${pad(t.month)}/${t.year}`;
}

/** `2019-10-26T19:18:00+07:00` → `26/10/2019`: the date as written, in the newsroom's own time. */
export function shortDate(iso: string): string {
  const [, year, month, day] = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) ?? [];
  return year ? `${day}/${month}/${year}` : '';
}

/** `26/10/2019` → `2019-10-26`, for a `<time datetime>`. */
export function isoDate(shortDate: string): string {
  const [, day, month, year] = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(shortDate) ?? [];
  return year ? `${year}-${month}-${day}` : '';
}

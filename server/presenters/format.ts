const TZ = 'Europe/Stockholm';
const dateFmt = new Intl.DateTimeFormat('sv-SE', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' });
const timeFmt = new Intl.DateTimeFormat('sv-SE', { timeZone: TZ, hour: '2-digit', minute: '2-digit' });
const numberFmt = new Intl.NumberFormat('sv-SE');

function toDate(v: string | Date | null | undefined): Date | null {
  if (!v) return null;
  const d = v instanceof Date ? v : new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Formatting helpers available in every view as `fmt`. Swedish, Europe/Stockholm. */
export const format = {
  date(v: string | Date | null | undefined): string {
    const d = toDate(v);
    return d ? dateFmt.format(d) : '–';
  },
  dateTime(v: string | Date | null | undefined): string {
    const d = toDate(v);
    return d ? `${dateFmt.format(d)} kl. ${timeFmt.format(d)}` : '–';
  },
  number(v: number | null | undefined): string {
    return v == null ? '–' : numberFmt.format(v);
  },
  percent(v: number | null | undefined, decimals = 0): string {
    return v == null ? '–' : `${new Intl.NumberFormat('sv-SE', { maximumFractionDigits: decimals, minimumFractionDigits: decimals }).format(v * 100)}\u00a0%`;
  },
};

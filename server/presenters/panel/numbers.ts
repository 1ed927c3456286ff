const oneDecimal = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 0.1234 → "12,3 %" */
export function percent1(share: number): string {
  return `${oneDecimal.format(share * 100)}\u00a0%`;
}

/** 6.21 → "+6,2", -3.14 → "−3,1" (a real minus sign), 0 → "0,0". */
export function signedPoints(points: number): string {
  const rounded = Math.round(points * 10) / 10;
  if (rounded === 0) return oneDecimal.format(0);
  return `${rounded > 0 ? '+' : '\u2212'}${oneDecimal.format(Math.abs(rounded))}`;
}

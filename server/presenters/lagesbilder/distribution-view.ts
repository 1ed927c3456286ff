type Progress = { version: number; status: string | null; n: number };

const STATUS_LABELS: Record<string, string> = {
  queued: 'Väntar', sending: 'Skickas', sent: 'Skickat', failed: 'Misslyckades', cancelled: 'Stoppat',
};

export function deliveryStatusLabel(status: string | null): string {
  return status ? STATUS_LABELS[status] ?? status : 'Skickat (rensat ur kön)';
}

/** Per version: how many recipients, and how many mails are sent, waiting or failed. */
export function progressView(rows: Progress[]) {
  const byVersion = new Map<number, { version: number; total: number; sent: number; waiting: number; failed: number }>();
  for (const r of rows) {
    const v = byVersion.get(r.version) ?? { version: r.version, total: 0, sent: 0, waiting: 0, failed: 0 };
    v.total += r.n;
    // A missing outbox row means the mail was sent and its body later removed by retention.
    if (r.status === 'sent' || r.status === null) v.sent += r.n;
    else if (r.status === 'failed' || r.status === 'cancelled') v.failed += r.n;
    else v.waiting += r.n;
    byVersion.set(r.version, v);
  }
  return [...byVersion.values()].sort((a, b) => b.version - a.version);
}

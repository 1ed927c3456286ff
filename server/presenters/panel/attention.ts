interface AttentionRow { kommunkod: string; name: string; lan: string; contactId: number | null; contactName: string | null; bounced: number | null; unsubscribed: number | null }

/** Why a member needs attention, in words staff can act on. */
export function attentionRows(rows: AttentionRow[]) {
  const sv = new Intl.Collator('sv');
  return [...rows].sort((a, b) => sv.compare(a.name, b.name)).map((r) => {
    const problems: string[] = [];
    if (r.contactId === null) problems.push('Ingen ordinarie kontaktperson');
    if (r.bounced) problems.push(`E-post till ${r.contactName} studsar`);
    if (r.unsubscribed) problems.push(`${r.contactName} har avanmält sig`);
    return { kommunkod: r.kommunkod, name: r.name, lan: r.lan, problem: problems.join('. ') };
  });
}

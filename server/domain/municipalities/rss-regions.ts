/**
 * RSS, the regional support structures for social services (regional stödstruktur): 24 regions, one per
 * län except Västra Götalands län, which has four (its kommunalförbund): Fyrbodal, Skaraborg, Boråsregionen
 * (Sjuhärad) and Göteborgsregionen. Kungsbacka belongs to Göteborgsregionen's kommunalförbund but to
 * Hallands län, and counts with Halland here (RSS follows the län). See db/seed/reference/README.md.
 */
export interface RssRegion { code: string; name: string }

const VASTRA_GOTALAND: Record<string, { code: string; name: string; kommuner: string[] }> = {
  fyrbodal: { code: '14F', name: 'Fyrbodal', kommuner: ['1421', '1427', '1430', '1435', '1438', '1439', '1460', '1461', '1484', '1485', '1486', '1487', '1488', '1492'] },
  skaraborg: { code: '14S', name: 'Skaraborg', kommuner: ['1444', '1445', '1446', '1447', '1470', '1471', '1472', '1473', '1493', '1494', '1495', '1496', '1497', '1498', '1499'] },
  boras: { code: '14B', name: 'Boråsregionen', kommuner: ['1442', '1443', '1452', '1463', '1465', '1466', '1490', '1491'] },
  goteborg: { code: '14G', name: 'Göteborgsregionen', kommuner: ['1401', '1402', '1407', '1415', '1419', '1440', '1441', '1462', '1480', '1481', '1482', '1489'] },
};
const BY_KOMMUN = new Map(Object.values(VASTRA_GOTALAND).flatMap((r) => r.kommuner.map((k) => [k, { code: r.code, name: r.name }] as const)));

/** The RSS region of a municipality: its län, or in Västra Götaland its kommunalförbund. */
export function rssRegionOf(m: { kommunkod: string; lanskod: string; lan: string }): RssRegion {
  if (m.lanskod !== '14') return { code: m.lanskod, name: m.lan };
  const region = BY_KOMMUN.get(m.kommunkod);
  if (!region) throw new Error(`No RSS region for ${m.kommunkod}`);
  return region;
}

/** The 24 regions in code order (län code; Västra Götaland's four after 13). */
export function rssRegions(municipalities: { kommunkod: string; lanskod: string; lan: string }[]): RssRegion[] {
  const regions = new Map(municipalities.map((m) => { const r = rssRegionOf(m); return [r.code, r] as const; }));
  return [...regions.values()].sort((a, b) => a.code.localeCompare(b.code));
}

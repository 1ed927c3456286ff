/**
 * Loads the 290 Swedish municipalities from kommuner.csv (see README.md beside this file for
 * columns, versions and sources). The file has no quoted fields, so a plain split is enough;
 * anything unexpected throws rather than seeding wrong data.
 */
import { readFileSync } from 'node:fs';
import {
  KOMMUNGRUPPER,
  isKommungruppCode,
  isLandsdel,
  type Huvudgrupp,
  type KommungruppCode,
  type Landsdel,
} from '../../../server/domain/municipalities';

export interface Municipality {
  kommunkod: string;
  name: string;
  lanskod: string;
  lan: string;
  landsdel: Landsdel;
  kommungrupp: KommungruppCode;
  kommungruppName: string;
  huvudgrupp: Huvudgrupp;
  population: number;
}

export const KOMMUNER_CSV_URL = new URL('./kommuner.csv', import.meta.url);

const EXPECTED_HEADER =
  'kommunkod,kommun,lanskod,lan,landsdel,kommungrupp_kod,kommungrupp,folkmangd,folkmangd_80plus';

export function loadMunicipalities(): Municipality[] {
  const lines = readFileSync(KOMMUNER_CSV_URL, 'utf8').split('\n').filter((line) => line !== '');
  if (lines[0] !== EXPECTED_HEADER) throw new Error(`kommuner.csv: unexpected header: ${lines[0]}`);
  return lines.slice(1).map((line, index) => parseRow(line, index + 2));
}

function parseRow(line: string, lineNumber: number): Municipality {
  const fail = (why: string) => new Error(`kommuner.csv line ${lineNumber}: ${why}`);
  const fields = line.split(',');
  if (fields.length !== 9) throw fail(`expected 9 fields, got ${fields.length}`);
  const [kommunkod, name, lanskod, lan, landsdel, kommungrupp, kommungruppName, folkmangd] = fields as [
    string, string, string, string, string, string, string, string,
  ];
  if (!/^\d{4}$/.test(kommunkod)) throw fail(`bad kommunkod "${kommunkod}"`);
  if (!kommunkod.startsWith(lanskod) || lanskod.length !== 2) throw fail(`lanskod "${lanskod}" does not match`);
  if (!isLandsdel(landsdel)) throw fail(`unknown landsdel "${landsdel}"`);
  if (!isKommungruppCode(kommungrupp)) throw fail(`unknown kommungrupp "${kommungrupp}"`);
  if (!/^\d+$/.test(folkmangd)) throw fail(`bad folkmangd "${folkmangd}"`);
  return {
    kommunkod,
    name,
    lanskod,
    lan,
    landsdel,
    kommungrupp,
    kommungruppName,
    huvudgrupp: KOMMUNGRUPPER[kommungrupp].huvudgrupp,
    population: Number(folkmangd),
  };
}

export { escapeCell, startsLikeFormula, type ExportCell } from './escape-cell';
export { toCsv, csvNumber, type CsvOptions } from './csv-writer';
export { toXlsx, type XlsxSheet } from './xlsx-writer';
export { safeSheetName } from './sheet-name';
export { safeFilename } from './safe-filename';
export { CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE } from './content-types';

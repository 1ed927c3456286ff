/** Where the public archive shows a lägesbild (the meetings area links here too). */
export const ARCHIVE_PATH = '/arkiv';

export function archivePath(lagesbildId: number, version?: number): string {
  return version === undefined ? `${ARCHIVE_PATH}/${lagesbildId}` : `${ARCHIVE_PATH}/${lagesbildId}/version/${version}`;
}

export function archivePdfPath(lagesbildId: number, version: number): string {
  return `${archivePath(lagesbildId, version)}/pdf`;
}

/** A file name people recognise in their downloads: "lagesbild-3-version-1.pdf". */
export function pdfFilename(lagesbildId: number, version: number): string {
  return `lagesbild-${lagesbildId}-version-${version}.pdf`;
}

/** Tables of this area; filled in by the issue that builds it. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ResultsTables {}

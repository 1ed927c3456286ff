/// <reference types="pdfkit" />
// The project's tsconfig lists only node and mocha under "types", so pdfkit's global PDFKit
// namespace is brought in here and re-exported under short names.

export type PdfDoc = PDFKit.PDFDocument;
export type PdfStruct = PDFKit.PDFStructureElement;

export {
  lagesbildDocumentSchema, figureSchema, chartSpecSchema, tableSpecSchema, methodBoxSchema, contactSchema,
  type LagesbildDocument, type Figure, type BesideHalf, type ChartSpec, type TableSpec, type MethodBox, type Contact,
} from './document';
export { buildMethodText, describeMethodFacts, type MethodFacts, type MethodFact } from './method-text';
export { formatInteger, formatPercent, joinSwedishList } from './format-sv';
export { sampleLagesbild } from './sample';
export { hiddenFigureWarnings, referencedFigures } from './figure-references';

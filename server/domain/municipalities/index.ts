// The vocabulary that describes municipalities: landsdelar, SKR's kommungrupper, population classes and RSS
// regions. Pure values; the 290 municipalities themselves are reference data in db/seed/reference/.
export * from './kommungrupper';
export * from './population-classes';
export * from './rss-regions';

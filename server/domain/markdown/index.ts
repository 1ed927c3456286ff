export { renderMarkdown } from './render-html';
export { markdownToBlocks, type MarkdownBlock, type ListItemBlock } from './blocks';
export type { InlineRun } from './inline-runs';
export type { HeadingLevel } from './safe-tokens';
export { safeHref } from './safe-href';

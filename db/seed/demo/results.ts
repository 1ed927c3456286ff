import type { DemoContext } from './context';

/** Demo data of this area; filled in by the issue that builds it. */
export async function seedDemoResults(_ctx: DemoContext): Promise<void> {}

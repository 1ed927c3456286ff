import { dropTemplate } from './database';

/** Mocha root hooks (loaded from .mocharc.cjs). */
export const mochaHooks = {
  async afterAll() {
    await dropTemplate();
  },
};

import { dropTemplate, openedDatabases } from './database';

/** Mocha root hooks (loaded from both mocha configs). */
export const mochaHooks = {
  async afterAll() {
    await dropTemplate();
    // .ci/run reads this line to prove that a step ran on the database it is meant for.
    console.log(`test databases opened: sqlite=${openedDatabases.sqlite} postgres=${openedDatabases.postgres}`);
  },
};

/** The staff user on whose behalf a command runs (written to the audit log). */
export type Actor = { id: number; email: string };

/** An actor whose name is shown, e.g. as the author of a lägesbild version. */
export type NamedActor = Actor & { name: string };

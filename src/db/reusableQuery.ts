import type { Compilable, CompiledQuery, Kysely } from 'kysely';

/**
 * A query built and compiled once per database handle, then run again with new values. Building a
 * Kysely query costs tens of microseconds, more than running a small one: worth saving on queries
 * every request asks (the bearer token, a version stamp). The values stay bound parameters.
 *
 * `build` gets one placeholder per argument and must use each as a plain value (not inside a list);
 * every other value it uses (a limit, a constant) stays as it was compiled.
 */
export function reusableQuery<DB, Args extends unknown[], Row>(
  build: (db: Kysely<DB>, ...placeholders: Args) => Compilable<Row>,
): (db: Kysely<DB>, ...args: Args) => Promise<Row[]> {
  const compiled = new WeakMap<Kysely<DB>, { query: CompiledQuery<Row>; slots: number[] }>();
  return async (db, ...args) => {
    let entry = compiled.get(db);
    if (!entry) {
      const placeholders = args.map((_, index) => new Placeholder(index)) as Args;
      const query = build(db, ...placeholders).compile();
      const slots = query.parameters.map((value) => (value instanceof Placeholder ? value.index : -1));
      if (new Set(slots.filter((slot) => slot >= 0)).size !== args.length)
        throw new Error('reusableQuery: every argument must be used as a value');
      entry = { query, slots };
      compiled.set(db, entry);
    }
    const { query, slots } = entry;
    const parameters = slots.map((slot, position) => (slot >= 0 ? args[slot] : query.parameters[position]));
    const again: CompiledQuery<Row> = { ...query, parameters };
    return (await db.executeQuery(again)).rows;
  };
}

class Placeholder {
  constructor(readonly index: number) {}
}

/**
 * @module Named prepared statements on PostgreSQL: a query kysely sends again
 * is sent as a named statement, so each connection parses and plans it once
 * and afterwards only binds and executes it (on a short query, parsing and
 * planning are most of the database's work, and the statement's text is not
 * sent again).
 *
 * - The pool is wrapped: kysely's driver asks it for connections and runs
 *   `query(text, values)` on them; a text gets a name (`gk_1`, `gk_2`, …) the
 *   second time it is seen, so a query run once never takes a place. The names
 *   belong to the pool, the prepared statements to each connection: `pg`
 *   parses a name on a connection the first time it runs there.
 * - Bounded: at most `NAMED_STATEMENTS` names are ever given, so a connection
 *   holds at most that many statements; beyond them, queries are sent unnamed,
 *   as before.
 * - Only single SELECT, INSERT, UPDATE, DELETE and WITH statements outside a
 *   transaction are named (kysely opens one with `begin` or `start
 *   transaction` and ends it with `commit` or `rollback`). Inside a
 *   transaction nothing changes, so a failure there is never ours.
 * - Schema changes: PostgreSQL plans a prepared statement again after a
 *   migration changed what it reads, but refuses to run one whose result
 *   columns changed (`cached plan must not change result type`, raised by
 *   `RevalidateCachedQuery`: a column added to a table read with `table.*`).
 *   That statement is then dropped (`deallocate`), its text forgets its name
 *   and the query runs again unnamed; the next time it is named anew.
 */
import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

/** Names given at most: the bound of prepared statements per connection. */
export const NAMED_STATEMENTS = 256;
/** Texts seen once that are remembered while waiting for a second use. */
const SEEN_ONCE = 1024;

const PREPARABLE = /^\s*(select|insert|update|delete|with)\s[^;]*$/i;
const BEGINS = /^\s*(begin|start\s+transaction)\b/i;
const ENDS = /^\s*(commit|rollback|end|abort)\s*$/i;

/** Which query texts have a name; shared by the connections of one pool. */
export class StatementNames {
  readonly #names = new Map<string, string>();
  readonly #seenOnce = new Set<string>();
  #given = 0;

  constructor(readonly limit: number = NAMED_STATEMENTS) {}

  /** The name to send `text` under, or undefined to send it unnamed. */
  nameOf(text: string): string | undefined {
    const name = this.#names.get(text);
    if (name !== undefined || this.#given >= this.limit) return name;
    if (!this.#seenOnce.has(text)) {
      if (!PREPARABLE.test(text)) return undefined;
      if (this.#seenOnce.size >= SEEN_ONCE) this.#seenOnce.clear();
      this.#seenOnce.add(text);
      return undefined;
    }
    this.#seenOnce.delete(text);
    const given = `gk_${++this.#given}`;
    this.#names.set(text, given);
    return given;
  }

  /** Forgets the name of `text` (its statement is stale); the text is named anew when it comes again. */
  retire(text: string): void {
    this.#names.delete(text);
  }

  /** Names given so far (retired ones included). */
  get given(): number {
    return this.#given;
  }
}

/** The subset of a `pg` pool client used here. */
export interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<PostgresQueryResult<unknown>>;
  query(text: string, values: unknown[]): Promise<PostgresQueryResult<unknown>>;
  query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  release(err?: Error | boolean): void;
}

/** The subset of a `pg` pool used here. */
export interface PgPool {
  connect(): Promise<PgClient>;
  end(): Promise<void>;
}

function staleStatement(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { routine?: unknown }).routine === 'RevalidateCachedQuery';
}

class NamingClient implements PostgresPoolClient {
  #inTransaction = false;

  constructor(
    readonly client: PgClient,
    readonly names: StatementNames,
  ) {}

  query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  query<R>(sqlOrCursor: string | PostgresCursor<R>, parameters?: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    if (typeof sqlOrCursor !== 'string') return this.client.query(sqlOrCursor);
    const text = sqlOrCursor;
    const values = [...(parameters ?? [])];
    const name = this.#inTransaction ? undefined : this.names.nameOf(text);
    if (name === undefined) {
      if (BEGINS.test(text)) this.#inTransaction = true;
      else if (ENDS.test(text)) this.#inTransaction = false;
      return this.client.query(text, values) as Promise<PostgresQueryResult<R>>;
    }
    return this.#named<R>(name, text, values);
  }

  async #named<R>(name: string, text: string, values: unknown[]): Promise<PostgresQueryResult<R>> {
    try {
      return (await this.client.query({ name, text, values })) as PostgresQueryResult<R>;
    } catch (e) {
      if (!staleStatement(e)) throw e;
      this.names.retire(text);
      await this.client.query(`deallocate ${name}`, []).catch(() => undefined);
      return (await this.client.query(text, values)) as PostgresQueryResult<R>;
    }
  }

  release(): void {
    // Kysely releases a connection only after its transaction ended; a stray flag must not outlive it.
    this.#inTransaction = false;
    this.client.release();
  }
}

/** Wraps a `pg` pool for kysely's `PostgresDialect` so repeated queries run as named prepared statements. */
export function namingPool(pool: PgPool, names: StatementNames = new StatementNames()): PostgresPool {
  const wrapped = new WeakMap<PgClient, NamingClient>();
  return {
    async connect() {
      const client = await pool.connect();
      let naming = wrapped.get(client);
      if (naming === undefined) wrapped.set(client, (naming = new NamingClient(client, names)));
      return naming;
    },
    end: () => pool.end(),
  };
}

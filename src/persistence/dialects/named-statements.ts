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
 * - Bounded, least recently used first out: at most `NAMED_STATEMENTS` texts
 *   have a name at once. Naming one more retires the name of the text used
 *   least recently (a server that met many texts early still names the ones
 *   it repeats later). A name is never given twice, so no connection can hold
 *   a statement under a name that now means another text. Each connection
 *   drops (`deallocate`) the retired statements it holds before its next
 *   query outside a transaction, and tells `pg` they are gone; so a
 *   connection never holds more than `NAMED_STATEMENTS` of them.
 * - Only single SELECT, INSERT, UPDATE, DELETE and WITH statements outside a
 *   transaction are named (kysely opens one with `begin` or `start
 *   transaction` and ends it with `commit` or `rollback`). Inside a
 *   transaction nothing changes, nothing is dropped, so a failure there is
 *   never ours.
 * - Schema changes: PostgreSQL plans a prepared statement again after a
 *   migration changed what it reads, but refuses to run one whose result
 *   columns changed (`cached plan must not change result type`, raised by
 *   `RevalidateCachedQuery`: a column added to a table read with `table.*`).
 *   That statement is then dropped (`deallocate`), its name retired, and the
 *   query runs again unnamed; the next time it is named anew.
 */
import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

/** Texts named at once, at most: the bound of prepared statements per connection. */
export const NAMED_STATEMENTS = 256;
/** Texts seen once that are remembered while waiting for a second use. */
const SEEN_ONCE = 1024;

const PREPARABLE = /^\s*(select|insert|update|delete|with)\s[^;]*$/i;
const BEGINS = /^\s*(begin|start\s+transaction)\b/i;
const ENDS = /^\s*(commit|rollback|end|abort)\s*$/i;

/** Which query texts have a name; shared by the connections of one pool. */
export class StatementNames {
  /** Text → name, the least recently used first (a `Map` keeps the order of insertion). */
  readonly #named = new Map<string, string>();
  readonly #current = new Set<string>();
  readonly #seenOnce = new Set<string>();
  #given = 0;
  #retired = 0;

  constructor(readonly limit: number = NAMED_STATEMENTS) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`bad limit of named statements: ${limit}`);
  }

  /** The name to send `text` under, or undefined to send it unnamed; naming a text may retire another's name. */
  nameOf(text: string): string | undefined {
    const name = this.#named.get(text);
    if (name !== undefined) {
      this.#named.delete(text);
      this.#named.set(text, name);
      return name;
    }
    if (!this.#seenOnce.has(text)) {
      if (!PREPARABLE.test(text)) return undefined;
      if (this.#seenOnce.size >= SEEN_ONCE) this.#seenOnce.clear();
      this.#seenOnce.add(text);
      return undefined;
    }
    this.#seenOnce.delete(text);
    if (this.#named.size >= this.limit) this.retire(this.#named.keys().next().value!);
    const given = `gk_${++this.#given}`;
    this.#named.set(text, given);
    this.#current.add(given);
    return given;
  }

  /**
   * Retires the name of `text` (the least recently used, or its statement is stale: then only if
   * `name` is still the one it has); the text is named anew when it comes twice again.
   */
  retire(text: string, name = this.#named.get(text)): void {
    if (name === undefined || this.#named.get(text) !== name) return;
    this.#named.delete(text);
    this.#current.delete(name);
    this.#retired++;
  }

  /** Whether `name` still stands for a text; a connection drops the statements it holds under any other. */
  isCurrent(name: string): boolean {
    return this.#current.has(name);
  }

  /** Names given so far (retired ones included). */
  get given(): number {
    return this.#given;
  }

  /** Names retired so far: a connection that saw this count already has nothing new to drop. */
  get retired(): number {
    return this.#retired;
  }
}

/** The subset of a `pg` pool client used here. */
export interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<PostgresQueryResult<unknown>>;
  query(text: string, values: unknown[]): Promise<PostgresQueryResult<unknown>>;
  query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  release(err?: Error | boolean): void;
  /** `pg`'s connection, whose `parsedStatements` records the names it believes prepared (not in its typings). */
  readonly connection?: object;
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
  /** Names this connection has been sent (so may hold prepared), until it drops them. */
  readonly #held = new Set<string>();
  /** `names.retired` when this connection last dropped what was retired. */
  #retiredSeen = 0;

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
    const outside = !this.#inTransaction;
    const name = outside ? this.names.nameOf(text) : undefined;
    if (name === undefined) {
      if (BEGINS.test(text)) this.#inTransaction = true;
      else if (ENDS.test(text)) this.#inTransaction = false;
    }
    // Dropped before the query (a `begin` included), so never inside a transaction.
    if (outside && this.names.retired !== this.#retiredSeen) return this.#dropRetired().then(() => this.#run<R>(name, text, values));
    return this.#run<R>(name, text, values);
  }

  #run<R>(name: string | undefined, text: string, values: unknown[]): Promise<PostgresQueryResult<R>> {
    if (name === undefined) return this.client.query(text, values) as Promise<PostgresQueryResult<R>>;
    this.#held.add(name);
    return this.#named<R>(name, text, values);
  }

  async #named<R>(name: string, text: string, values: unknown[]): Promise<PostgresQueryResult<R>> {
    try {
      return (await this.client.query({ name, text, values })) as PostgresQueryResult<R>;
    } catch (e) {
      if (!staleStatement(e)) throw e;
      this.names.retire(text, name);
      await this.#drop(name);
      return (await this.client.query(text, values)) as PostgresQueryResult<R>;
    }
  }

  /** Drops the statements held under names retired since the last time. */
  async #dropRetired(): Promise<void> {
    this.#retiredSeen = this.names.retired;
    for (const name of [...this.#held]) if (!this.names.isCurrent(name)) await this.#drop(name);
  }

  async #drop(name: string): Promise<void> {
    this.#held.delete(name);
    // Not prepared after all (its parse failed) or already gone: nothing to drop, and nothing to report.
    await this.client.query(`deallocate ${name}`, []).catch(() => undefined);
    // So that `pg` parses the name again rather than believe it prepared (names are never reused, but its record would only grow).
    const parsed = (this.client.connection as { parsedStatements?: Record<string, unknown> } | undefined)?.parsedStatements;
    if (parsed !== undefined) delete parsed[name];
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

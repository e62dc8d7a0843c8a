/**
 * @module The `--db` option the database commands share (no database code is
 * loaded here: commands import it only when they run).
 */

export interface DbOption {
  readonly db?: string;
}

export const DB_OPTION_FLAGS = '--db <path>';
export const DB_OPTION_HELP =
  'SQLite 数据库文件（默认 ./data/gongkai.sqlite；设置 DATABASE_URL 时使用 PostgreSQL）/ SQLite file (default ./data/gongkai.sqlite; DATABASE_URL selects PostgreSQL)';

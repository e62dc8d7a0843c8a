/**
 * @module How the CLI reports failure: one line in Chinese and English with the
 * stable error code, never a stack trace (unless GONGKAI_DEBUG is set).
 */
import { isGongkaiError } from '../domain/shared/errors.js';

/** Exit codes: 0 fine, 1 the report has error findings, 2 the input is not a readable report or the call is wrong. */
export const EXIT = { ok: 0, findings: 1, input: 2 } as const;

export function describeError(e: unknown): { code: string; line: string } {
  if (isGongkaiError(e)) return { code: e.code, line: `错误 [${e.code}]：${e.zh} / Error [${e.code}]: ${e.en}` };
  const msg = e instanceof Error ? e.message : String(e);
  return { code: 'INTERNAL', line: `错误 [INTERNAL]：程序内部错误（${msg}）。 / Error [INTERNAL]: internal error (${msg}).` };
}

export function reportError(e: unknown): number {
  const { line } = describeError(e);
  process.stderr.write(`${line}\n`);
  if (process.env.GONGKAI_DEBUG && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
  return EXIT.input;
}

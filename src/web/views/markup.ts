/**
 * @module The markup type of the pages: hono's `html` tagged template, which
 * escapes every interpolated string by default. `raw()` is the only way to
 * mark markup as trusted, and it is used only for markup this code base made
 * itself (the report renderer's escaped output, the stylesheet).
 */
import type { html } from 'hono/html';

export type Markup = ReturnType<typeof html>;

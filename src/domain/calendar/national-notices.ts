/**
 * @module The 国务院办公厅 holiday notices shipped with gongkai (2019–2026), one
 * JSON file per year under `data/`, validated when first used. Years after 2026
 * are loaded by an administrator (`gongkai calendar load FILE`).
 *
 * Sources: each file's `notice` (and `amendments[].notice`) gives the 文号, title,
 * publication day and gov.cn address; domain.md §3.6 (S-HOLDATA) lists the same days.
 */
import cn2019 from './data/cn-2019.json' with { type: 'json' };
import cn2020 from './data/cn-2020.json' with { type: 'json' };
import cn2021 from './data/cn-2021.json' with { type: 'json' };
import cn2022 from './data/cn-2022.json' with { type: 'json' };
import cn2023 from './data/cn-2023.json' with { type: 'json' };
import cn2024 from './data/cn-2024.json' with { type: 'json' };
import cn2025 from './data/cn-2025.json' with { type: 'json' };
import cn2026 from './data/cn-2026.json' with { type: 'json' };
import type { CalendarDocument } from './calendar-document.js';
import { parseCalendarDocument } from './parse-calendar-document.js';
import { buildCalendar, type WorkCalendar } from './work-calendar.js';

const RAW: readonly unknown[] = [cn2019, cn2020, cn2021, cn2022, cn2023, cn2024, cn2025, cn2026];

let notices: readonly CalendarDocument[] | undefined;
let calendar: WorkCalendar | undefined;

/** The built-in national notices, validated like any loaded file (a broken file fails loudly). */
export function builtInNotices(): readonly CalendarDocument[] {
  notices ??= Object.freeze(RAW.map((raw) => parseCalendarDocument(raw)));
  return notices;
}

/** The national calendar from the built-in notices alone. */
export function builtInCalendar(): WorkCalendar {
  calendar ??= buildCalendar(builtInNotices());
  return calendar;
}

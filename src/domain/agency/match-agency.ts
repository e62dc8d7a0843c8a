/**
 * @module Matching the agency a report names itself (`report.agency`) to the tree.
 *
 * Tiers, tried in order; the first tier with any candidate decides, and more
 * than one candidate there is `ambiguous` (a person assigns it from the queue;
 * we never pick one of two 朝阳区 by chance):
 *
 * 1. `exact`: the normalised name equals the agency's name;
 * 2. `alias`: it equals one of the agency's aliases;
 * 3. `variant`: equal once doubled places are collapsed and, for governments
 *    (places), `人民政府` / `人民政府办公室` / `政府办` … are removed, so `成安县`,
 *    `成安县人民政府` and `成安县政府办` all name the county;
 * 4. `prefix`: the name ends with an agency's key and what comes before is its
 *    ancestors, in order (`河北省邯郸市成安县`, `邯郸市成安县教育局`). Places above the
 *    tree's root may lead (`河北省` when the tree starts at 邯郸市), but a place the
 *    tree holds elsewhere contradicts. A department's bare name (`教育局`) needs its
 *    parent right in front, so `邯郸市教育局` is never the county's 教育局. The
 *    candidate that accounts for most ancestors wins.
 */
import { PLACE_LEVELS, type AgencyRef } from './agency.js';
import { agencyKey, governmentCore, normalizeAgencyName } from './agency-name.js';

export type MatchTier = 'exact' | 'alias' | 'variant' | 'prefix';

export type AgencyMatch =
  | { readonly status: 'matched'; readonly agencyId: number; readonly via: MatchTier }
  | { readonly status: 'ambiguous'; readonly candidates: readonly number[]; readonly via: MatchTier }
  | { readonly status: 'unmatched' };

export type AgencyMatcher = (name: string | null | undefined) => AgencyMatch;

const UNMATCHED: AgencyMatch = { status: 'unmatched' };

/**
 * A place above the tree: 省、自治区、市、州、盟、地区 (counties and below must be in the tree).
 * `州` alone is tried last, so `广州市` is one place, not `广州` + `市`.
 */
const UPPER_PLACES = [
  /^\p{Script=Han}{1,10}?(?:特别行政区|自治区|自治州|地区|省|市|盟)/u,
  /^\p{Script=Han}{1,10}?州/u,
] as const;

function upperPlace(text: string): string | null {
  for (const re of UPPER_PLACES) {
    const m = re.exec(text);
    if (m) return m[0];
  }
  return null;
}

interface Entry {
  readonly ref: AgencyRef;
  /** Keys of this agency: names and aliases, collapsed, plus government cores for places. */
  readonly keys: ReadonlySet<string>;
  /** Ancestors from the root down to the parent. */
  readonly ancestors: readonly Entry[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

function keysOf(ref: AgencyRef): Set<string> {
  const keys = new Set<string>();
  for (const n of [ref.name, ...ref.aliases]) {
    const k = agencyKey(n);
    if (!k) continue;
    keys.add(k);
    if (PLACE_LEVELS.has(ref.level)) keys.add(governmentCore(k));
  }
  return keys;
}

function decide(candidates: readonly Entry[], via: MatchTier): AgencyMatch | null {
  if (candidates.length === 0) return null;
  if (candidates.length === 1) return { status: 'matched', agencyId: candidates[0]!.ref.id, via };
  return { status: 'ambiguous', candidates: candidates.map((c) => c.ref.id).sort((a, b) => a - b), via };
}

/** Builds a matcher over a list of agencies (any order; parents are found by id). */
export function createAgencyMatcher(agencies: readonly AgencyRef[]): AgencyMatcher {
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const entries = new Map<number, Entry>();
  const entryOf = (ref: AgencyRef, seen: Set<number> = new Set()): Entry => {
    const done = entries.get(ref.id);
    if (done) return done;
    seen.add(ref.id);
    const parent = ref.parentId === null ? undefined : byId.get(ref.parentId);
    // A broken or cyclic parent chain simply ends the ancestry.
    const parentEntry = parent && !seen.has(parent.id) ? entryOf(parent, seen) : undefined;
    const entry: Entry = { ref, keys: keysOf(ref), ancestors: parentEntry ? [...parentEntry.ancestors, parentEntry] : [] };
    entries.set(ref.id, entry);
    return entry;
  };
  const byName = new Map<string, Entry[]>();
  const byAlias = new Map<string, Entry[]>();
  const byKey = new Map<string, Entry[]>();
  for (const ref of agencies) {
    const e = entryOf(ref);
    push(byName, normalizeAgencyName(ref.name), e);
    for (const a of ref.aliases) push(byAlias, normalizeAgencyName(a), e);
    for (const k of e.keys) push(byKey, k, e);
  }

  /** How many ancestors `prefix` names, or -1 when it does not fit this agency. */
  const prefixFit = (prefix: string, entry: Entry, key: string): number => {
    const { ancestors } = entry;
    let pos = 0;
    let last = -1;
    let matched = 0;
    while (pos < prefix.length) {
      const rest = prefix.slice(pos);
      let best: { index: number; length: number } | null = null;
      for (let j = last + 1; j < ancestors.length; j++) {
        for (const k of ancestors[j]!.keys) {
          if (rest.startsWith(k) && (!best || k.length > best.length)) best = { index: j, length: k.length };
        }
      }
      if (best) {
        last = best.index;
        matched++;
        pos += best.length;
        continue;
      }
      // Places above the tree may only lead, and must not be a place the tree holds.
      const upper = matched === 0 ? upperPlace(rest) : null;
      if (!upper || byKey.has(upper)) return -1;
      pos += upper.length;
    }
    if (entry.ref.level === 'department' && ancestors.length > 0) {
      const qualified = ancestors.some((a) => [...a.keys].some((k) => key.startsWith(k)));
      if (!qualified && last !== ancestors.length - 1) return -1;
    }
    return matched;
  };

  return (name) => {
    if (!name) return UNMATCHED;
    const normal = normalizeAgencyName(name);
    if (!normal) return UNMATCHED;
    const tiers: [MatchTier, () => Entry[]][] = [
      ['exact', () => byName.get(normal) ?? []],
      ['alias', () => byAlias.get(normal) ?? []],
      [
        'variant',
        () => {
          const key = agencyKey(normal);
          return byKey.get(key) ?? byKey.get(governmentCore(key)) ?? [];
        },
      ],
      [
        'prefix',
        () => {
          const key = agencyKey(normal);
          let best: Entry[] = [];
          let bestScore = -1;
          for (const q of new Set([key, governmentCore(key)])) {
            for (let i = 1; i < q.length - 1; i++) {
              const suffix = q.slice(i);
              for (const e of byKey.get(suffix) ?? []) {
                const score = prefixFit(q.slice(0, i), e, suffix);
                if (score < 0) continue;
                if (score > bestScore) {
                  best = [e];
                  bestScore = score;
                } else if (score === bestScore && !best.includes(e)) best.push(e);
              }
            }
          }
          return best;
        },
      ],
    ];
    for (const [via, find] of tiers) {
      const m = decide(find(), via);
      if (m) return m;
    }
    return UNMATCHED;
  };
}

/** One-off matching; build the matcher once with `createAgencyMatcher` when matching many names. */
export function matchAgency(name: string | null | undefined, agencies: readonly AgencyRef[]): AgencyMatch {
  return createAgencyMatcher(agencies)(name);
}

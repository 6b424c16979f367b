/**
 * Fuzz test for every decoder of the self-evaluation: thousands of generated and mutated inputs.
 * None may throw, and whatever comes out must be valid state (or a clear refusal).
 */
import { describe, expect, it } from 'vitest';
import { isValidAnswers, isValidSnapshot, type Answers, type Snapshot } from '../../../src/lib/assessment/answers';
import {
  decodeStoredAnswers,
  decodeStoredQuick,
  decodeStoredSnapshots,
  encodeStoredAnswers,
  encodeStoredQuick,
  encodeStoredSnapshots,
  migrateLegacyAnswers,
} from '../../../src/lib/assessment/storage';
import { buildJsonExport, encodeJsonExport, type ExportStatement } from '../../../src/lib/assessment/export';
import { decodeImport } from '../../../src/lib/assessment/import';
import { decodeShareFragment, encodeShareFragment, findShareFragment } from '../../../src/lib/assessment/share';
import { isStageNumber, QUICK_AREAS, scoreAssessment } from '../../../src/lib/assessment/scoring';

const RUNS = 1500;

/** Mulberry32: a small seeded generator, so a failure reproduces. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(20250514);
const int = (n: number) => Math.floor(rnd() * n);
const pick = <T,>(list: readonly T[]): T => list[int(list.length)]!;

const STATEMENTS: ExportStatement[] = [1, 2, 3, 4, 5, 6].flatMap((stage) =>
  Array.from({ length: stage === 5 ? 6 : stage === 6 ? 4 : 5 }, (_, i) => ({ stage, id: `s${stage}-item-${i + 1}`, text: `Statement ${stage}.${i + 1}` })),
);
const IDS = new Set(STATEMENTS.map((s) => s.id));
const STAGES = [1, 2, 3, 4, 5, 6].map((n) => ({ number: n, ids: STATEMENTS.filter((s) => s.stage === n).map((s) => s.id) }));

const NASTY = ['__proto__', 'constructor', 'prototype', 's1-item-1', 's9-x', 's1-', '', ' ', 'na', 'N/A', '<script>alert(1)</script>', '\u0000', '😀', '\ud800', 'v', 'ratings', 'notes', 'snapshots', 'format', 'version'];
const SCALARS: unknown[] = [0, 1, 2, 3, 4, -1, 2.5, 1e308, -0, NaN, Infinity, true, false, null, '1', '3', 'na', 'N/A', '', 'x'.repeat(3000), '2025-01-01', 'not a date'];

function randomValue(depth = 0): unknown {
  const kind = int(depth > 3 ? 2 : 5);
  if (kind === 0) return pick(SCALARS);
  if (kind === 1) return pick(NASTY);
  if (kind === 2) return Array.from({ length: int(4) }, () => randomValue(depth + 1));
  const object: Record<string, unknown> = {};
  for (let i = int(5); i > 0; i -= 1) object[rnd() < 0.5 ? pick(NASTY) : pick([...IDS])] = randomValue(depth + 1);
  return object;
}

function randomAnswers(): Answers {
  const answers: Answers = { ratings: {}, notes: {} };
  for (const id of IDS) {
    if (rnd() < 0.7) answers.ratings[id] = pick([1, 2, 3, 'na'] as const);
    if (rnd() < 0.1) answers.notes[id] = pick(NASTY) + 'note, "quoted"\n=1+1';
  }
  return answers;
}

function randomSnapshots(): Snapshot[] {
  return Array.from({ length: int(3) }, (_, i) => ({ id: `snap-${i}`, name: pick(NASTY) || 'n', date: new Date(1.7e12 + int(1e10)).toISOString(), ...randomAnswers() }));
}

/** Byte-level damage: flip, delete, insert, duplicate, truncate, swap, JSON-ish noise. */
function mutate(text: string): string {
  let out = text;
  for (let round = 1 + int(3); round > 0; round -= 1) {
    const at = int(out.length + 1);
    switch (int(8)) {
      case 0: out = out.slice(0, at) + String.fromCharCode(int(0x3000)) + out.slice(at + 1); break;
      case 1: out = out.slice(0, at) + out.slice(at + 1 + int(10)); break;
      case 2: out = out.slice(0, at) + pick(['"', '{', '}', '[', ']', ',', ':', '.', '%', '\\', '\n', '#share=', '%3A', 'null', '9']) + out.slice(at); break;
      case 3: out = out.slice(0, at) + out.slice(Math.max(0, at - 20), at) + out.slice(at); break;
      case 4: out = out.slice(0, at); break;
      case 5: { const b = int(out.length); const chars = [...out]; [chars[at], chars[b]] = [chars[b] ?? '', chars[at] ?? '']; out = chars.join(''); break; }
      case 6: out = out.replace(/\d/, String(int(10))); break;
      default: out = out.replace(/[a-z]/, pick(['A', 'é', '\u0000', '<', '"']));
    }
  }
  return out;
}

function input(valid: () => string): string {
  const roll = rnd();
  if (roll < 0.45) return mutate(valid());
  if (roll < 0.75) return JSON.stringify(randomValue());
  if (roll < 0.85) return valid();
  return Array.from({ length: int(200) }, () => String.fromCharCode(int(0x250))).join('');
}

function expectValidSnapshots(list: unknown) {
  expect(Array.isArray(list)).toBe(true);
  const snapshots = list as unknown[];
  expect(snapshots.every(isValidSnapshot)).toBe(true);
  expect(new Set(snapshots.map((s) => (s as Snapshot).id)).size).toBe(snapshots.length);
}

describe(`every decoder survives ${RUNS} generated and mutated inputs`, () => {
  it('stored answers (and the scoring of whatever comes out)', () => {
    for (let i = 0; i < RUNS; i += 1) {
      const raw = input(() => encodeStoredAnswers(randomAnswers()));
      const decoded = decodeStoredAnswers(raw);
      expect(isValidAnswers(decoded.value), raw).toBe(true);
      expect([null, 'partly', 'unreadable']).toContain(decoded.problem);
      const score = scoreAssessment(STAGES, decoded.value.ratings);
      expect(score.overallStage >= 1 && score.overallStage <= 6).toBe(true);
    }
  });

  it('format-1 answers (migration)', () => {
    for (let i = 0; i < RUNS; i += 1) {
      const raw = input(() => JSON.stringify({ ratings: Object.fromEntries([...IDS].map((id) => [id, int(4)])) }));
      expect(isValidAnswers(migrateLegacyAnswers(raw).value), raw).toBe(true);
    }
  });

  it('stored snapshots', () => {
    for (let i = 0; i < RUNS; i += 1) {
      const raw = input(() => encodeStoredSnapshots(randomSnapshots()));
      expectValidSnapshots(decodeStoredSnapshots(raw).value);
    }
  });

  it('stored quick picks', () => {
    for (let i = 0; i < RUNS; i += 1) {
      const raw = input(() => encodeStoredQuick(Object.fromEntries(QUICK_AREAS.map((a) => [a, 1 + int(6)]))));
      const { value } = decodeStoredQuick(raw);
      for (const [key, pick] of Object.entries(value)) {
        expect(QUICK_AREAS as readonly string[]).toContain(key);
        expect(isStageNumber(pick)).toBe(true);
      }
    }
  });

  it('imported JSON files', () => {
    for (let i = 0; i < RUNS; i += 1) {
      const raw = input(() => encodeJsonExport(buildJsonExport(STATEMENTS, randomAnswers(), randomSnapshots(), new Date())));
      const result = decodeImport(raw, IDS);
      if (result.ok) {
        expect(isValidAnswers(result.file.answers)).toBe(true);
        expect(Object.keys(result.file.answers.ratings).every((id) => IDS.has(id))).toBe(true);
        expectValidSnapshots(result.file.snapshots);
      } else expect(result.error.code).toMatch(/^[a-z-]+$/);
    }
  });

  it('share links', () => {
    for (let i = 0; i < RUNS; i += 1) {
      const raw = input(() => encodeShareFragment([...IDS], randomAnswers().ratings));
      const fragment = findShareFragment(raw) ?? raw;
      const result = decodeShareFragment(fragment, IDS);
      if (result.ok) {
        expect(isValidAnswers({ ratings: result.ratings, notes: {} })).toBe(true);
        expect(Object.keys(result.ratings).every((id) => IDS.has(id))).toBe(true);
      } else expect(['damaged', 'version']).toContain(result.reason);
    }
  });

  it('a mutated share link never decodes to different ratings', () => {
    let accepted = 0;
    for (let i = 0; i < RUNS; i += 1) {
      const ratings = randomAnswers().ratings;
      const fragment = encodeShareFragment([...IDS], ratings);
      const damaged = mutate(fragment);
      const result = decodeShareFragment(damaged, IDS);
      if (result.ok) {
        accepted += 1;
        expect(result.ratings).toEqual(ratings);
      }
    }
    expect(accepted).toBeLessThan(RUNS);
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stageSchema } from '../../../src/schemas/stage';
import { areaSchema } from '../../../src/schemas/area';
import { AREA_KEYS, STAGE_SLUGS } from '../../../src/schemas/common';
import { frontmatterOf, readCollection } from '../../helpers/content';

const stages = readCollection('stages')
  .map((entry) => ({ ...entry, parsed: stageSchema.parse(entry.data) }))
  .sort((a, b) => a.parsed.number - b.parsed.number);

describe('the six stages', () => {
  it('are numbered 1 to 6 in model order, one file per stage slug', () => {
    expect(stages.map((s) => s.parsed.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(stages.map((s) => s.id)).toEqual([...STAGE_SLUGS]);
    expect(stages.map((s) => s.parsed.name)).toEqual(['Reactive', 'Formal', 'Managed', 'Strategic', 'Proactive', 'Predictive']);
  });

  it('hold 30 statements, 5, 5, 5, 5, 6 and 4 per stage, with unique ids naming their stage', () => {
    expect(stages.map((s) => s.parsed.statements.length)).toEqual([5, 5, 5, 5, 6, 4]);
    const ids = stages.flatMap((s) => s.parsed.statements.map((st) => st.id));
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
    for (const stage of stages) {
      for (const statement of stage.parsed.statements) expect(statement.id.startsWith(`s${stage.parsed.number}-`)).toBe(true);
    }
  });

  it('give one scorecard label for each of the five areas', () => {
    for (const stage of stages) {
      expect(Object.keys(stage.parsed.scorecard).sort()).toEqual([...AREA_KEYS].sort());
    }
    const labels = stages.flatMap((s) => Object.values(s.parsed.scorecard));
    expect(new Set(labels).size).toBe(30);
    expect(stages[0]?.parsed.scorecard.tools).toBe('Spreadsheets');
    expect(stages[5]?.parsed.scorecard.staffing).toBe('Aspirational roles');
  });

  it('have Strategy and Foundation sections in the body, and moving-on actions except the last', () => {
    for (const stage of stages) {
      expect(stage.body).toMatch(/^## Strategy$/m);
      expect(stage.body).toMatch(/^## Foundation$/m);
      expect(stage.parsed.movingOn.length > 0).toBe(stage.parsed.number < 6);
    }
  });
});

describe('the five areas', () => {
  it('are ordered tools, insights, expectations, focus, staffing', () => {
    const areas = readCollection('areas')
      .map((entry) => ({ id: entry.id, ...areaSchema.parse(entry.data) }))
      .sort((a, b) => a.order - b.order);
    expect(areas.map((a) => a.id)).toEqual([...AREA_KEYS]);
  });
});

describe('a malformed stage file', () => {
  const fixture = frontmatterOf(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'broken', 'stage-bad-number.mdx'), 'utf8'));

  it('is rejected with messages that name each bad field', () => {
    const result = stageSchema.safeParse(fixture);
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.')) ?? [];
    expect(paths).toContain('number');
    expect(paths).toContain('scorecard.staffing');
    expect(paths).toContain('statements.0.id');
  });
});

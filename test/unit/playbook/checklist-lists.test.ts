import { getTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECKLIST_KEYS, isChecklistName, setTick, ticksOf } from '../../../src/stores/playbook/checklist';

describe('checklist stores', () => {
  beforeAll(() => useTestStorageEngine());

  it('keep each list under its own key, so ticking one leaves the other alone', () => {
    setTick('read-stages', true);
    setTick('imp-health-metrics', true, 'imperatives');
    setTick('imp-proficiency', true, 'imperatives');
    setTick('imp-proficiency', false, 'imperatives');
    expect(ticksOf('start-here').get()).toEqual(['read-stages']);
    expect(ticksOf('imperatives').get()).toEqual(['imp-health-metrics']);
    const stored = getTestStorage();
    expect(JSON.parse(stored[CHECKLIST_KEYS['start-here']] ?? '[]')).toEqual(['read-stages']);
    expect(JSON.parse(stored[CHECKLIST_KEYS.imperatives] ?? '[]')).toEqual(['imp-health-metrics']);
  });

  it('keeps the start-here key readers already have ticks under', () => {
    expect(CHECKLIST_KEYS['start-here']).toBe('smp:start-here:v1');
  });

  it('accepts only the names of lists that exist', () => {
    expect(isChecklistName('imperatives')).toBe(true);
    expect(isChecklistName('constructor')).toBe(false);
    expect(isChecklistName(undefined)).toBe(false);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { connectStorage } from '../../../src/stores/persistence';
import { CHECKLIST_KEYS, isChecklistName, setTick, ticksOf } from '../../../src/stores/playbook/checklist';
import { FakeStorage } from '../stores/fake-storage';

describe('checklist stores', () => {
  const storage = new FakeStorage();
  beforeAll(() => connectStorage(() => storage));

  it('keep each list under its own key, so ticking one leaves the other alone', () => {
    setTick('read-stages', true);
    setTick('imp-health-metrics', true, 'imperatives');
    setTick('imp-proficiency', true, 'imperatives');
    setTick('imp-proficiency', false, 'imperatives');
    expect(ticksOf('start-here').get()).toEqual(['read-stages']);
    expect(ticksOf('imperatives').get()).toEqual(['imp-health-metrics']);
    expect(JSON.parse(storage.getItem(CHECKLIST_KEYS['start-here']) ?? '[]')).toEqual(['read-stages']);
    expect(JSON.parse(storage.getItem(CHECKLIST_KEYS.imperatives) ?? '[]')).toEqual(['imp-health-metrics']);
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

import { beforeEach, describe, expect, it } from 'vitest';
import { $clearedEntries, $entries, clearEntries, removeEntry, setEntry, undoClear } from '../../../src/stores/metrics/benchmark';

describe('benchmark store actions', () => {
  beforeEach(() => {
    $entries.set({});
    $clearedEntries.set(null);
  });

  it('sets and removes single entries without touching the others', () => {
    setEntry('churn', 4);
    setEntry('first-contact-resolution', 60);
    removeEntry('churn');
    expect($entries.get()).toEqual({ 'first-contact-resolution': 60 });
  });

  it('clears everything and undo brings it back, keeping anything entered since', () => {
    setEntry('churn', 4);
    setEntry('first-contact-resolution', 60);
    expect(clearEntries()).toBe(2);
    expect($entries.get()).toEqual({});
    expect($clearedEntries.get()).toEqual({ churn: 4, 'first-contact-resolution': 60 });
    $entries.set({ churn: 6 });
    expect(undoClear()).toBe(2);
    expect($entries.get()).toEqual({ churn: 6, 'first-contact-resolution': 60 });
    expect($clearedEntries.get()).toBeNull();
    expect(undoClear()).toBe(0);
  });

  it('has nothing to clear or undo when empty, and a new entry ends the chance to undo', () => {
    expect(clearEntries()).toBe(0);
    setEntry('churn', 4);
    clearEntries();
    setEntry('churn', 5);
    expect($clearedEntries.get()).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { decodeTicks } from '../../../src/stores/playbook/checklist';

describe('decodeTicks', () => {
  it('keeps valid ids once each', () => {
    expect(decodeTicks('["read-stages","read-stages","learn-churn"]')).toEqual(['read-stages', 'learn-churn']);
  });

  it.each(['not json', '{"a":1}', '[1,2]', '["<script>"]', 'null'])('drops unusable stored value %s', (stored) => {
    expect(decodeTicks(stored)).toEqual([]);
  });
});

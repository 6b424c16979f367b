/** Reading the stored "Your details", including what an earlier version of the site stored. */
import { describe, expect, it } from 'vitest';
import { decodeStoredDetails } from '../../../src/stores/playbook/details';

describe('decodeStoredDetails', () => {
  it('reads known details without a problem', () => {
    const decoded = decodeStoredDetails(JSON.stringify({ customer: 'Acme' }));
    expect(decoded.problem).toBeNull();
    expect(decoded.value.customer).toBe('Acme');
  });

  it('drops the retired single date quietly: no notice for what this site itself stored before', () => {
    const decoded = decodeStoredDetails(JSON.stringify({ customer: 'Acme', date: '12 March' }));
    expect(decoded.problem).toBeNull();
    expect(decoded.value.customer).toBe('Acme');
    expect(Object.values(decoded.value)).not.toContain('12 March');
  });

  it('still reports keys it does not know and values that are not text', () => {
    expect(decodeStoredDetails(JSON.stringify({ customer: 'Acme', favouriteColour: 'red' })).problem).toBe('partly');
    expect(decodeStoredDetails(JSON.stringify({ customer: 42 })).problem).toBe('partly');
    expect(decodeStoredDetails('{not json').problem).not.toBeNull();
  });
});

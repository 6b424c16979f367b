import { useStore } from '@nanostores/preact';
import { $details, clearDetails, setDetail } from '../../stores/details';
import { $storageStatus } from '../../stores/storage';
import { EMPTY_DETAILS, MAX_DETAIL_LENGTH, PLACEHOLDERS } from '../../lib/templates';
import { useMounted } from '../useMounted';

/** The form that fills every template on every page; values stay in this browser. */
export default function YourDetails() {
  const mounted = useMounted();
  const stored = useStore($details);
  const storage = useStore($storageStatus);
  const details = mounted ? stored : EMPTY_DETAILS;

  return (
    <form class="your-details" aria-labelledby="your-details-heading" onSubmit={(event) => event.preventDefault()}>
      <h3 id="your-details-heading">Your details</h3>
      <p class="hint">
        Fill these once and every email template on the site uses them. They are kept in this browser only.
      </p>
      <div class="fields">
        {PLACEHOLDERS.map(({ key, label }) => (
          <p key={key}>
            <label for={`detail-${key}`}>{label}</label>
            <input
              id={`detail-${key}`}
              type="text"
              autocomplete="off"
              maxLength={MAX_DETAIL_LENGTH}
              value={details[key]}
              disabled={!mounted}
              onInput={(event) => setDetail(key, event.currentTarget.value)}
            />
          </p>
        ))}
      </div>
      <p>
        <button type="button" class="secondary" onClick={clearDetails} disabled={!mounted}>Clear details</button>
      </p>
      {storage === 'unavailable' && (
        <p role="status">This browser is not letting the site store data, so your details apply on this page only.</p>
      )}
    </form>
  );
}

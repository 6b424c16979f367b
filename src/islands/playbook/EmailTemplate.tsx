import { useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $details } from '../../stores/details';
import { EMPTY_DETAILS, fillTemplate, mailtoHref } from '../../lib/templates';
import { useMounted } from '../useMounted';

interface Props {
  /** Stable id used for headings and labels, unique on the page. */
  id: string;
  name: string;
  subject: string;
  body: string;
}

/** One email template, filled from "Your details", with Copy and Open in email. */
export default function EmailTemplate({ id, name, subject, body }: Props) {
  const stored = useStore($details);
  const details = useMounted() ? stored : EMPTY_DETAILS;
  const [status, setStatus] = useState('');
  const textRef = useRef<HTMLPreElement>(null);
  const filledSubject = fillTemplate(subject, details);
  const filledBody = fillTemplate(body, details);

  async function copy() {
    try {
      await navigator.clipboard.writeText(filledBody);
      setStatus('Copied');
    } catch {
      // Clipboard refused (permissions, insecure context): select the text so the reader can copy it.
      const text = textRef.current;
      const selection = window.getSelection();
      if (text && selection) {
        const range = document.createRange();
        range.selectNodeContents(text);
        selection.removeAllRanges();
        selection.addRange(range);
      }
      setStatus('Copying was blocked. The text is selected: press Ctrl+C (or ⌘C on a Mac) to copy it.');
    }
  }

  return (
    <section class="email-template" aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`}>{name}</h3>
      <p class="email-subject"><strong>Subject:</strong> {filledSubject}</p>
      <pre ref={textRef} id={`${id}-body`} aria-label={`${name}: email text`}>{filledBody}</pre>
      <p class="email-actions">
        <button type="button" onClick={copy} aria-describedby={`${id}-name`}>Copy</button>{' '}
        <a class="button secondary" href={mailtoHref(filledSubject, filledBody)}>Open in email</a>{' '}
        <span role="status" aria-live="polite" class="email-status">{status}</span>
      </p>
    </section>
  );
}

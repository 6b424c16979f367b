import { useState } from 'preact/hooks';

type Texts<Key extends string> = Partial<Record<Key, string>>;

function without<Key extends string>(texts: Texts<Key>, key: Key): Texts<Key> {
  const next = { ...texts };
  delete next[key];
  return next;
}

/**
 * The metric tools' number fields: the text typed into each (kept until it is saved, so a bad
 * figure stays visible next to its message instead of snapping back) and each field's error.
 */
export function useFieldTexts<Key extends string>() {
  const [drafts, setDrafts] = useState<Texts<Key>>({});
  const [errors, setErrors] = useState<Texts<Key>>({});
  return {
    drafts,
    errors,
    /** The reader typed into a field; `fixed` clears a shown error as soon as the text is usable. */
    typed(key: Key, raw: string, fixed: boolean): void {
      setDrafts((current) => ({ ...current, [key]: raw }));
      if (fixed && errors[key]) setErrors((current) => without(current, key));
    },
    rejected(key: Key, message: string): void {
      setErrors((current) => ({ ...current, [key]: message }));
    },
    /** The field's value was saved or removed: it shows the stored value again. */
    settled(key: Key): void {
      setDrafts((current) => without(current, key));
      setErrors((current) => without(current, key));
    },
    reset(): void {
      setDrafts({});
      setErrors({});
    },
  };
}

import { useStore } from '@nanostores/preact';
import { $ticks, setTick } from '../../stores/checklist';
import { useMounted } from '../useMounted';

export interface ChecklistItem { id: string; text: string; href?: string; linkText?: string }
export interface ChecklistGroup { id: string; heading: string; intro: string; items: ChecklistItem[] }

/** The new CSM's path as ordered checklists; ticks are kept in this browser. */
export default function StartHereChecklist({ groups }: { groups: ChecklistGroup[] }) {
  const mounted = useMounted();
  const stored = useStore($ticks);
  const ticks = new Set(mounted ? stored : []);
  const all = groups.flatMap((group) => group.items);
  const done = all.filter((item) => ticks.has(item.id)).length;

  return (
    <div class="checklist">
      <p role="status" aria-live="polite" class="checklist-progress">{done} of {all.length} done</p>
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`${group.id}-heading`}>
          <h2 id={`${group.id}-heading`}>{group.heading}</h2>
          <p>{group.intro}</p>
          <ol>
            {group.items.map((item) => (
              <li key={item.id}>
                <input
                  type="checkbox"
                  id={`tick-${item.id}`}
                  checked={ticks.has(item.id)}
                  disabled={!mounted}
                  onChange={(event) => setTick(item.id, event.currentTarget.checked)}
                />{' '}
                <label for={`tick-${item.id}`}>{item.text}</label>
                {item.href && <> · <a href={item.href}>{item.linkText ?? 'Open'}</a></>}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

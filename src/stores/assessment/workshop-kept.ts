/**
 * Where a team workshop is kept (see ./workshop.ts), and whether one is waiting: all the team
 * view's first visit needs to know, so the rest of the workshop code loads only when it is used.
 */
import { readStored, readTabStored } from '../persistence';

/** This tab's copy (session storage): survives a reload, gone with the tab. */
export const TAB_KEY = 'smp:assess:workshop-tab:v1';
/** The copy the facilitator chose to save (local storage). */
export const SAVED_KEY = 'smp:assess:workshop:v1';

/** A session was left in this tab (a reload) or saved in this browser. Call once storage is attached. */
export function hasKeptWorkshop(): boolean {
  return readTabStored(TAB_KEY) !== undefined || readStored(SAVED_KEY) !== undefined;
}

/**
 * The team view's list of people. Kept in memory only: colleagues' answers are looked at, not stored,
 * and they disappear when the tab closes (a workshop started from them keeps its own copy for the
 * tab, see workshop.ts).
 */
import { atom } from 'nanostores';
import { decodeImport, type ImportError } from '../../lib/assessment/import';
import { decodeShareFragment, findShareFragment } from '../../lib/assessment/share';
import type { TeamMember } from '../../lib/assessment/team';
import type { Ratings } from '../../lib/assessment/scoring';
import { NAME_MAX } from '../../lib/assessment/answers';
import { uniqueName } from '../../lib/unique-name';

export interface TeamEntry extends TeamMember {
  key: number;
}

export const $team = atom<TeamEntry[]>([]);
/** Why a file or a pasted line could not be added; the page words it (src/islands/assessment/copy.ts). */
export type TeamProblem =
  | { kind: 'file'; name: string; error: ImportError }
  | { kind: 'link'; line: number; reason: 'not-a-link' | 'damaged' | 'version' }
  | { kind: 'no-own-answers' };

/** Problems with the last files or links added. */
export const $teamProblems = atom<TeamProblem[]>([]);

let nextKey = 1;

function uniqueLabel(wanted: string): string {
  const base = wanted.trim().slice(0, NAME_MAX) || 'Person';
  return uniqueName(base, new Set($team.get().map((m) => m.label)), (n) => ` (${n})`);
}

export function addMember(label: string, ratings: Ratings, notes: Readonly<Record<string, string>> = {}): void {
  $team.set([...$team.get(), { key: nextKey++, label: uniqueLabel(label), ratings, notes }]);
}

export function removeMember(key: number): void {
  $team.set($team.get().filter((m) => m.key !== key));
}

export function clearTeam(): void {
  $team.set([]);
  $teamProblems.set([]);
}

/** Adds people from files (name + text); collects one problem sentence per file that can't be used. */
export function addFiles(files: readonly { name: string; text: string }[], knownIds: ReadonlySet<string>, earlier: TeamProblem[] = []): void {
  const problems = [...earlier];
  for (const { name, text } of files) {
    const result = decodeImport(text, knownIds);
    if (result.ok) addMember(name.replace(/\.json$/i, ''), result.file.answers.ratings, result.file.answers.notes);
    else problems.push({ kind: 'file', name, error: result.error });
  }
  $teamProblems.set(problems);
}

/**
 * Adds one person per pasted share link, one a line. Words around a link on its line name the
 * person ("<link> (Anna's answers)" → Anna's answers); blank lines are skipped, and problems name
 * the line as the reader sees it in the box.
 */
export function addShareLinks(text: string, knownIds: ReadonlySet<string>): void {
  const problems: TeamProblem[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const fragment = findShareFragment(line);
    const result = fragment ? decodeShareFragment(fragment, knownIds) : null;
    if (result?.ok) {
      const words = line.replace(/\S*#share(=|%3D)\S*/i, ' ').replace(/[\s()[\]"“”'‘’:–—-]+$|^[\s()[\]"“”'‘’:–—-]+/g, '');
      addMember(words || `Shared link ${$team.get().length + 1}`, result.ratings);
    } else problems.push({ kind: 'link', line: index + 1, reason: result ? result.reason : 'not-a-link' });
  });
  $teamProblems.set(problems);
}

export function reportTeamProblem(problem: TeamProblem): void {
  $teamProblems.set([problem]);
}

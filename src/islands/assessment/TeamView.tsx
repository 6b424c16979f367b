import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { CatalogueStage } from '../../lib/assessment/catalogue';
import { checkImportFile } from '../../lib/assessment/import';
import { summariseTeam } from '../../lib/assessment/team';
import { toStageStatements } from '../../lib/assessment/catalogue';
import { $answers, startAssessment } from '../../stores/assessment/answers';
import { $team, $teamProblems, addFiles, addMember, addShareLinks, clearTeam, removeMember, reportTeamProblem, type TeamProblem } from '../../stores/assessment/team';
import type { TeamCopy } from './copy';
import { fillPlaceholders as fill } from '../../lib/placeholders';
import { stageTitle } from './labels';
import { useStoreAfterMount } from '../use-store';
import { takeChosenFiles } from '../browser';
import { UnreadableNotice } from '../data/UnreadableNotice';
import { hasKeptWorkshop } from '../../stores/assessment/workshop-kept';
import { loadOnce } from '../../lib/load-once';
import type { Participant } from '../../lib/assessment/workshop';
import type { DiscussProps } from './Discuss';

// The discussion is a chunk of its own, fetched on the first "Discuss" or when a kept session resumes.
const discussPart = loadOnce(() => import('./Discuss'));

function problemText(copy: TeamCopy, problem: TeamProblem): string {
  if (problem.kind === 'file') return fill(copy.importErrors[problem.error.code], { name: problem.name, version: problem.error.version ?? '' });
  if (problem.kind === 'link') {
    const sentence = problem.reason === 'version' ? copy.linkVersion : problem.reason === 'damaged' ? copy.linkDamaged : copy.notALink;
    return fill(sentence, { line: problem.line });
  }
  return copy.noOwnAnswers;
}

/** Several people's answers side by side; everything stays in this tab. */
export default function TeamView({ catalogue, copy }: { catalogue: CatalogueStage[]; copy: TeamCopy }) {
  const team = useStoreAfterMount($team, []);
  const problems = useStoreAfterMount($teamProblems, []);
  const [links, setLinks] = useState('');
  const stages = toStageStatements(catalogue);
  const knownIds = new Set(stages.flatMap((s) => s.ids));
  // The discussion on screen: its component once loaded, and the people to start it with (none: resume the kept one).
  const [discussion, setDiscussion] = useState<{ view: ComponentType<DiscussProps>; start: Participant[] | null } | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  useEffect(() => {
    startAssessment();
    if (hasKeptWorkshop()) void openDiscuss(null);
  }, []);
  const summary = summariseTeam(stages, team);
  const textOf = new Map(catalogue.flatMap((stage) => stage.statements.map((s) => [s.id, s.text] as const)));
  const median = summary.medianStage;
  const differing = summary.spreads.filter((s) => s.differsByTwo);

  async function chooseFiles(event: Event) {
    const chosen = takeChosenFiles(event);
    const readable: { name: string; text: string }[] = [];
    const refused: TeamProblem[] = [];
    for (const file of chosen) {
      const error = checkImportFile(file.name, file.size);
      if (error) refused.push({ kind: 'file', name: file.name, error });
      else readable.push({ name: file.name, text: await file.text().catch(() => '') });
    }
    addFiles(readable, knownIds, refused);
  }

  function addMine() {
    const mine = $answers.get();
    if (Object.keys(mine.ratings).length === 0) reportTeamProblem({ kind: 'no-own-answers' });
    else addMember('Me', mine.ratings, mine.notes);
  }

  async function openDiscuss(start: Participant[] | null) {
    try {
      const part = await discussPart.get();
      setLoadFailed(false);
      setDiscussion({ view: part.default, start });
    } catch {
      setLoadFailed(true);
    }
  }

  const discuss = () => void openDiscuss(team.map((m) => ({ label: m.label, ratings: { ...m.ratings }, notes: { ...m.notes } })));

  if (discussion) {
    const { view: Discuss, start } = discussion;
    return <div class="assess team"><Discuss catalogue={catalogue} start={start} onEnd={() => setDiscussion(null)} /></div>;
  }

  return (
    <div class="assess team">
      <UnreadableNotice copy={copy.unreadable} />
      {loadFailed && <p class="notice bad" role="alert">{copy.discussUnavailable}</p>}
      <section aria-labelledby="team-add">
        <h2 id="team-add">Add people's answers</h2>
        <p>
          <label for="team-files">Exported files (.json)</label>{' '}
          <input id="team-files" type="file" multiple accept=".json,application/json" onChange={chooseFiles} />
        </p>
        <form onSubmit={(e) => { e.preventDefault(); addShareLinks(links, knownIds); setLinks(''); }}>
          <p>
            <label for="team-links">Share links, one a line</label>
            <textarea id="team-links" rows={3} value={links} onInput={(e) => setLinks(e.currentTarget.value)} />
          </p>
          <p>
            <button type="submit">Add links</button>{' '}
            <button type="button" class="secondary" onClick={addMine}>Add my own answers</button>{' '}
            {team.length > 0 && <button type="button" class="secondary" onClick={clearTeam}>Remove everyone</button>}
          </p>
        </form>
        <div role="alert">
          {problems.length > 0 && <ul class="problems">{problems.map((p, i) => <li key={i}>{problemText(copy, p)}</li>)}</ul>}
        </div>
      </section>

      <section aria-labelledby="team-people">
        <h2 id="team-people">People</h2>
        {team.length === 0 ? (
          <p>Nobody added yet. Ask each person for their JSON export or share link.</p>
        ) : (
          <>
            <p class="overall" aria-live="polite">
              Team median: {median === null ? '–' : Number.isInteger(median) ? stageTitle(catalogue, median) : `${median} (between ${stageTitle(catalogue, Math.floor(median))} and ${stageTitle(catalogue, Math.ceil(median))})`}
            </p>
            <div class="table-scroll">
              <table>
                <caption>Each person's overall stage</caption>
                <thead><tr><th scope="col">Person</th><th scope="col">Overall stage</th><th scope="col">Answered</th><th scope="col">Remove</th></tr></thead>
                <tbody>
                  {team.map((member, index) => (
                    <tr key={member.key}>
                      <th scope="row">{member.label}</th>
                      <td>{stageTitle(catalogue, summary.members[index]?.overallStage ?? 1)}</td>
                      <td>{summary.members[index]?.answered} of {knownIds.size}</td>
                      <td><button type="button" class="secondary" onClick={() => removeMember(member.key)}>Remove<span class="visually-hidden"> {member.label}</span></button></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      {team.length > 0 && (
        <>
          <section aria-labelledby="team-discuss">
            <h2 id="team-discuss">Agree on the answers</h2>
            <p>
              Talk the statements through one at a time, widest disagreement first, and record the rating the team agrees on. The
              agreed answers can become your own self-evaluation or a file.
            </p>
            <p><button type="button" onClick={discuss}>Discuss</button></p>
          </section>
          <section aria-labelledby="team-differ">
            <h2 id="team-differ">Where people differ by 2 points</h2>
            {differing.length === 0 ? (
              <p>No statement has one person at 1 and another at 3.</p>
            ) : (
              <ul>
                {differing.map((s) => (
                  <li key={s.id}>{textOf.get(s.id)} <span class="tag">stage {s.stage}: from {s.lowest} to {s.highest}</span></li>
                ))}
              </ul>
            )}
            <p>These are the statements worth talking through: the same team sees them very differently.</p>
          </section>
          <section aria-labelledby="team-spread">
            <h2 id="team-spread">Spread of ratings</h2>
            <div class="table-scroll">
              <table class="spread-table">
                <caption>How many people gave each rating</caption>
                <thead>
                  <tr><th scope="col">Statement</th><th scope="col">1</th><th scope="col">2</th><th scope="col">3</th><th scope="col">N/A</th><th scope="col">Not answered</th></tr>
                </thead>
                <tbody>
                  {summary.spreads.map((s) => (
                    <tr key={s.id} class={s.differsByTwo ? 'differs' : undefined}>
                      <th scope="row"><span class="tag">Stage {s.stage}</span> {textOf.get(s.id)}</th>
                      <td>{s.counts['1']}</td>
                      <td>{s.counts['2']}</td>
                      <td>{s.counts['3']}</td>
                      <td>{s.counts.na}</td>
                      <td>{s.counts.unanswered}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </div>
  );
}

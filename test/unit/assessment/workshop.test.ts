/** The team workshop's rules: which statement comes first, moving, agreeing, the stored session and the team file. */
import { describe, expect, it } from 'vitest';
import { agree, agreedCount, agreedWithEvidence, agreeNote, currentId, decodeSession, discussionOrder, encodeSession, move, startSession, type Participant } from '../../../src/lib/assessment/workshop';
import { buildTeamExport, teamExportFileName } from '../../../src/lib/assessment/workshop-export';
import { decodeImport } from '../../../src/lib/assessment/import';

const STAGES = [
  { number: 1, ids: ['s1-a', 's1-b', 's1-c'] },
  { number: 2, ids: ['s2-a', 's2-b'] },
];
const IDS = new Set(STAGES.flatMap((s) => s.ids));

const ana: Participant = { label: 'Ana', ratings: { 's1-a': 3, 's1-b': 2, 's1-c': 3, 's2-a': 3, 's2-b': 2 }, notes: { 's2-b': 'Only the EU team' } };
const ben: Participant = { label: 'Ben', ratings: { 's1-a': 3, 's1-b': 2, 's1-c': 'na', 's2-a': 1, 's2-b': 1 }, notes: {} };

describe('discussion order', () => {
  it('puts a 1-to-3 gap first, then a 1-point gap or an N/A against a rating, then agreement, page order between equals', () => {
    // s2-a: 3 vs 1 (2); s1-c: 3 vs N/A (0.5); s2-b: 2 vs 1 (1); s1-a and s1-b: the same rating (0).
    expect(discussionOrder(STAGES, [ana, ben])).toEqual(['s2-a', 's2-b', 's1-c', 's1-a', 's1-b']);
  });

  it('keeps the page order when nobody disagrees, or nobody answered', () => {
    expect(discussionOrder(STAGES, [ana])).toEqual(['s1-a', 's1-b', 's1-c', 's2-a', 's2-b']);
    expect(discussionOrder(STAGES, [{ label: 'Cy', ratings: {}, notes: {} }])).toEqual(['s1-a', 's1-b', 's1-c', 's2-a', 's2-b']);
  });
});

describe('a session', () => {
  it('moves between the first statement and the end, and counts what is agreed', () => {
    let session = startSession(STAGES, [ana, ben]);
    expect(currentId(session)).toBe('s2-a');
    expect(move(session, -1)).toBe(session);
    session = agree(session, 's2-a', 2);
    session = agree(session, 's2-a', 'na');
    expect(session.agreed.ratings).toEqual({ 's2-a': 'na' });
    expect(agreedCount(session)).toBe(1);
    session = move(session, 10);
    expect(session.position).toBe(5);
    expect(currentId(session)).toBeNull();
    expect(move(session, 1)).toBe(session);
  });

  it('refuses a statement the session does not have, and drops an empty note', () => {
    let session = startSession(STAGES, [ana]);
    expect(agree(session, 's9-x', 3)).toBe(session);
    session = agreeNote(session, 's1-a', 'Checked in the wiki');
    expect(session.agreed.notes).toEqual({ 's1-a': 'Checked in the wiki' });
    expect(agreeNote(session, 's1-a', '   ').agreed.notes).toEqual({});
  });

  it('keeps its own copy of the participants', () => {
    const mutable: Participant = { label: 'Dee', ratings: { 's1-a': 1 }, notes: {} };
    const session = startSession(STAGES, [mutable]);
    (mutable.ratings as Record<string, number>)['s1-a'] = 3;
    expect(session.participants[0]!.ratings['s1-a']).toBe(1);
  });
});

describe('the stored session', () => {
  it('comes back as it was written', () => {
    const session = agreeNote(agree(move(startSession(STAGES, [ana, ben]), 2), 's2-a', 1), 's2-a', 'Tickets prove it');
    expect(decodeSession(encodeSession(session))).toEqual({ value: session, problem: null });
  });

  it('is unreadable when it is not a session of this version, and partly readable with bad entries left out', () => {
    expect(decodeSession('{"version":2,"order":[],"participants":[]}')).toEqual({ value: null, problem: 'unreadable' });
    expect(decodeSession('[1,2]').problem).toBe('unreadable');
    const stored = JSON.stringify({
      version: 1,
      order: ['s1-a', 'not an id', 's1-a', 's1-b'],
      position: 7,
      participants: [{ label: 'Ana', ratings: { 's1-a': 3, 's1-b': 9 }, notes: {} }, { ratings: {} }],
      agreed: { ratings: { 's1-a': 2 }, notes: { 's1-a': 42 } },
    });
    const { value, problem } = decodeSession(stored);
    expect(problem).toBe('partly');
    expect(value).toEqual({
      order: ['s1-a', 's1-b'],
      position: 2,
      participants: [{ label: 'Ana', ratings: { 's1-a': 3 }, notes: {} }],
      agreed: { ratings: { 's1-a': 2 }, notes: {} },
    });
  });
});

describe('the team file', () => {
  const session = agreeNote(agree(agree(startSession(STAGES, [ana, ben]), 's2-a', 2), 's1-c', 3), 's2-a', 'Agreed after the demo');
  const statements = STAGES.flatMap((stage) => stage.ids.map((id) => ({ stage: stage.number, id, text: `Text of ${id}` })));
  const file = buildTeamExport(statements, STAGES, session, new Date('2026-11-30T10:00:00Z'));

  it('is a self-evaluation export of the agreed answers, which Import reads', () => {
    const imported = decodeImport(JSON.stringify(file), IDS);
    expect(imported.ok && imported.file.answers).toEqual({ ratings: { 's2-a': 2, 's1-c': 3 }, notes: { 's2-a': 'Agreed after the demo' } });
    expect(teamExportFileName(new Date('2026-11-30T10:00:00Z'))).toBe('team-result-2026-11-30.json');
  });

  it('keeps, per statement in page order, everyone’s rating beside the agreed one and the spread', () => {
    expect(file.team.participants).toEqual(['Ana', 'Ben']);
    expect(file.team.statements.map((s) => s.id)).toEqual(['s1-a', 's1-b', 's1-c', 's2-a', 's2-b']);
    expect(file.team.statements[3]).toEqual({
      id: 's2-a',
      stage: 2,
      agreed: 2,
      ratings: [3, 1],
      spread: { 1: 1, 2: 0, 3: 1, na: 0, unanswered: 0 },
      differsByTwo: true,
    });
    expect(file.team.statements[2]).toMatchObject({ agreed: 3, ratings: [3, 'na'], spread: { 3: 1, na: 1 } });
    expect(file.team.statements[0]).toMatchObject({ agreed: null });
  });
});

describe('the agreed answers as the self-evaluation keeps them', () => {
  it("end each agreed statement's note with everyone's rating, after the team's own note, and leave out what was not agreed", () => {
    const cy: Participant = { label: 'Cy', ratings: { 's2-a': 2 }, notes: {} };
    let session = startSession(STAGES, [ana, ben, cy]);
    session = agreeNote(agree(agree(session, 's2-a', 2), 's1-c', 'na'), 's2-a', 'Agreed after the demo');
    expect(agreedWithEvidence(session)).toEqual({
      ratings: { 's2-a': 2, 's1-c': 'na' },
      notes: {
        's2-a': 'Agreed after the demo\nTeam workshop: Ana 3, Ben 1, Cy 2.',
        's1-c': 'Team workshop: Ana 3, Ben N/A, Cy not rated.',
      },
    });
  });

  it('keeps a note within the length a note may have', () => {
    const session = agreeNote(agree(startSession(STAGES, [ana, ben]), 's1-a', 3), 's1-a', 'x'.repeat(2000));
    expect(agreedWithEvidence(session).notes['s1-a']).toHaveLength(2000);
  });
});

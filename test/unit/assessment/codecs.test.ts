import { describe, expect, it } from 'vitest';
import {
  checksum,
  cleanAnswers,
  cleanSnapshots,
  isValidAnswers,
  NOTE_MAX,
  type Answers,
  type Snapshot,
} from '../../../src/lib/assessment/answers';
import {
  decodeStoredAnswers,
  decodeStoredQuick,
  decodeStoredSnapshots,
  encodeStoredAnswers,
  encodeStoredQuick,
  encodeStoredSnapshots,
  migrateLegacyAnswers,
  STORAGE_KEYS,
} from '../../../src/lib/assessment/storage';
import {
  buildJsonExport,
  encodeCsvExport,
  encodeJsonExport,
  EXPORT_FORMAT,
  exportFileName,
  type ExportStatement,
} from '../../../src/lib/assessment/export';
import { checkImportFile, decodeImport, previewImport, type ImportError } from '../../../src/lib/assessment/import';
import { TEAM_COPY } from '../../../src/islands/assessment/copy';
import { importErrors } from '../../../src/islands/assessment/import-copy';
import { fillPlaceholders } from '../../../src/lib/placeholders';
import { decodeShareFragment, encodeShareFragment, findShareFragment } from '../../../src/lib/assessment/share';

const STATEMENTS: ExportStatement[] = [
  { stage: 1, id: 's1-team', text: 'We have a team.' },
  { stage: 1, id: 's1-crm', text: 'We use a CRM, "properly".' },
  { stage: 2, id: 's2-metrics', text: 'We measure, report, and act.' },
  { stage: 6, id: 's6-predict', text: 'We predict issues.' },
];
const IDS = new Set(STATEMENTS.map((s) => s.id));
const ANSWERS: Answers = {
  ratings: { 's1-team': 3, 's1-crm': 'na', 's2-metrics': 1 },
  notes: { 's1-team': 'Line one\nline "two", with a comma', 's2-metrics': '=SUM(A1:A2)' },
};
const SNAPSHOT: Snapshot = { id: 'snap-1', name: 'Q1 <b>review</b>', date: '2025-03-31T10:00:00.000Z', ratings: { 's1-team': 2 }, notes: {} };
const NOW = new Date('2025-05-14T09:30:00Z');

describe('cleanAnswers', () => {
  it('accepts ratings only as written by this page: 1, 2, 3 or "na"', () => {
    const { value, skipped } = cleanAnswers({ 's1-team': 1, 's1-crm': 'na', 's2-metrics': '3', 's6-predict': 'N/A' }, {});
    expect(value.ratings).toEqual({ 's1-team': 1, 's1-crm': 'na' });
    expect(skipped).toEqual([
      { id: 's2-metrics', problem: 'rating', value: '"3"' },
      { id: 's6-predict', problem: 'rating', value: '"N/A"' },
    ]);
  });
  it('keeps valid entries, names the rest with the reason', () => {
    const { value, skipped } = cleanAnswers(
      { 's1-team': 3, 's1-crm': 7, 'bad id': 1, __proto__: 2, 's2-metrics': '' },
      { 's1-team': 'ok', 's2-metrics': 5, 's6-predict': '   ' },
    );
    expect(value.ratings).toEqual({ 's1-team': 3 });
    expect(value.notes).toEqual({ 's1-team': 'ok' });
    // The empty rating is just unanswered, not left out.
    expect(skipped).toEqual([
      { id: 's1-crm', problem: 'rating', value: '7' },
      { id: 'bad id', problem: 'id', value: '1' },
      { id: 's2-metrics', problem: 'note', value: '5' },
    ]);
    expect(Object.getPrototypeOf(value.ratings)).toBe(Object.prototype);
  });
  it('caps notes and strips control characters', () => {
    const { value } = cleanAnswers({}, { 's1-team': `a\u0000b\u0007${'x'.repeat(NOTE_MAX + 50)}` });
    expect(value.notes['s1-team']!.startsWith('abx')).toBe(true);
    expect(value.notes['s1-team']!.length).toBe(NOTE_MAX);
  });
  it('filters by known ids when given, naming the unknown ones', () => {
    const { value, skipped } = cleanAnswers({ 's1-team': 3, 's3-other': 2 }, {}, IDS);
    expect(value.ratings).toEqual({ 's1-team': 3 });
    expect(skipped).toEqual([{ id: 's3-other', problem: 'unknown', value: '2' }]);
  });
  it('snapshots: invalid ones named, duplicates renamed, sorted by date, none trimmed', () => {
    const { value, skipped } = cleanSnapshots([
      { ...SNAPSHOT, date: '2025-04-01T00:00:00Z' },
      SNAPSHOT,
      { name: 'no date', ratings: {} },
      'nonsense',
    ]);
    expect(skipped).toEqual([{ snapshot: 'no date', problem: 'snapshot-date' }, { problem: 'snapshot', value: '"nonsense"' }]);
    expect(value.map((s) => s.id)).toEqual(['snap-1-2', 'snap-1']);
    expect(value[0]!.date).toBe('2025-03-31T10:00:00.000Z');
    const many = Array.from({ length: 700 }, (_, i) => ({ ...SNAPSHOT, id: `s-${i}`, name: `n${i}` }));
    expect(cleanSnapshots(many)).toMatchObject({ skipped: [] });
    expect(cleanSnapshots(many).value).toHaveLength(700);
  });
});

describe('stored answers (storage codecs)', () => {
  it('round-trips', () => {
    const decoded = decodeStoredAnswers(encodeStoredAnswers(ANSWERS));
    expect(decoded).toEqual({ value: ANSWERS, problem: null });
  });
  it('uses namespaced, versioned keys', () => {
    for (const key of Object.values(STORAGE_KEYS)) expect(key).toMatch(/^smp:assess:[a-z]+:v\d+$/);
  });
  it('reports unreadable data and starts empty', () => {
    for (const raw of ['{not json', '[]', 'null', '{"v":3,"ratings":{}}', '{"ratings":{}}', undefined, 42]) {
      expect(decodeStoredAnswers(raw)).toEqual({ value: { ratings: {}, notes: {} }, problem: 'unreadable' });
    }
  });
  it('reports partly readable data and keeps the good part', () => {
    const decoded = decodeStoredAnswers('{"v":2,"ratings":{"s1-team":3,"s1-crm":9},"notes":{}}');
    expect(decoded.problem).toBe('partly');
    expect(decoded.value.ratings).toEqual({ 's1-team': 3 });
  });
  it('migrates format 1 (0 = N/A, no notes)', () => {
    const decoded = migrateLegacyAnswers('{"ratings":{"s1-team":3,"s1-crm":0,"s2-metrics":2}}');
    expect(decoded).toEqual({ value: { ratings: { 's1-team': 3, 's1-crm': 'na', 's2-metrics': 2 }, notes: {} }, problem: null });
    expect(migrateLegacyAnswers('garbage').problem).toBe('unreadable');
  });
  it('snapshots round-trip; junk is unreadable', () => {
    expect(decodeStoredSnapshots(encodeStoredSnapshots([SNAPSHOT]))).toEqual({ value: [SNAPSHOT], problem: null });
    expect(decodeStoredSnapshots('{"v":2,"snapshots":"x"}').problem).toBe('partly');
    expect(decodeStoredSnapshots('oops').problem).toBe('unreadable');
  });
  it('quick picks round-trip; bad picks dropped', () => {
    expect(decodeStoredQuick(encodeStoredQuick({ tools: 2, staffing: 6 }))).toEqual({ value: { tools: 2, staffing: 6 }, problem: null });
    expect(decodeStoredQuick('{"v":1,"picks":{"tools":9,"focus":3}}')).toEqual({ value: { focus: 3 }, problem: 'partly' });
    expect(decodeStoredQuick('{}').problem).toBe('unreadable');
  });
});

describe('JSON export and import', () => {
  const exported = encodeJsonExport(buildJsonExport(STATEMENTS, ANSWERS, [SNAPSHOT], NOW));

  it('holds format, version, statement ids, ratings, notes and snapshots', () => {
    const data = JSON.parse(exported);
    expect(data).toMatchObject({ format: EXPORT_FORMAT, version: 1, exportedAt: NOW.toISOString() });
    expect(data.statements).toEqual(['s1-team', 's1-crm', 's2-metrics', 's6-predict']);
    expect(data.ratings).toEqual(ANSWERS.ratings);
    expect(data.notes).toEqual(ANSWERS.notes);
    expect(data.snapshots).toEqual([SNAPSHOT]);
  });

  it('round-trips through import', () => {
    const result = decodeImport(exported, IDS);
    expect(result).toEqual({ ok: true, file: { answers: ANSWERS, snapshots: [SNAPSHOT], unknownIds: [], skipped: [] } });
  });

  it('keeps HTML in names and notes as plain text (the page shows it as text)', () => {
    const result = decodeImport(exported, IDS);
    expect(result.ok && result.file.snapshots[0]!.name).toBe('Q1 <b>review</b>');
  });

  it('names the file by date', () => {
    expect(exportFileName(NOW, 'json')).toBe('self-evaluation-2025-05-14.json');
  });

  const errors: [string, string, ImportError['code'], string?][] = [
    ['invalid JSON', '{"format": "support', 'invalid-json'],
    ['another JSON file', '{"name":"package"}', 'not-an-export'],
    ['an array', '[1,2,3]', 'not-an-export'],
    ['an unknown format version', JSON.stringify({ format: EXPORT_FORMAT, version: 99, ratings: {} }), 'unknown-version', '99'],
    ['a missing version', JSON.stringify({ format: EXPORT_FORMAT, ratings: {} }), 'unknown-version', 'missing'],
    ['only unknown statement ids', JSON.stringify({ format: EXPORT_FORMAT, version: 1, ratings: { 's9-x': 3, 's3-gone': 2 } }), 'no-known-statements'],
    ['nothing in it', JSON.stringify({ format: EXPORT_FORMAT, version: 1, ratings: {} }), 'nothing-to-import'],
    ['binary content', '\u0000PNG', 'not-text'],
  ];
  for (const [name, text, code, version] of errors) {
    it(`refuses ${name}, saying why`, () => {
      const result = decodeImport(text, IDS);
      expect(result).toEqual({ ok: false, error: version === undefined ? { code } : { code, version } });
    });
  }

  it('every refusal has a sentence in the page copy, naming the file', () => {
    const codes: ImportError['code'][] = ['wrong-type', 'too-big', 'empty', 'not-text', 'invalid-json', 'not-an-export', 'unknown-version', 'no-known-statements', 'nothing-to-import'];
    for (const code of codes) {
      expect(importErrors[code]).toMatch(/\{name\}|“/);
      expect(TEAM_COPY.importErrors[code]).toBe(importErrors[code]);
    }
    expect(fillPlaceholders(importErrors['unknown-version'], { name: 'a.json', version: '7' })).toContain('version 7');
  });

  it('imports the known statements and reports unknown ones', () => {
    const text = JSON.stringify({ format: EXPORT_FORMAT, version: 1, ratings: { 's1-team': 2, 's3-gone': 3, 's1-crm': 'x' } });
    const result = decodeImport(text, IDS);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.file.answers.ratings).toEqual({ 's1-team': 2 });
      expect(result.file.unknownIds).toEqual(['s3-gone']);
      expect(result.file.skipped).toEqual([{ id: 's1-crm', problem: 'rating', value: '"x"' }]);
    }
  });

  it('checks the file type and size before reading', () => {
    expect(checkImportFile('photo.png', 2000)).toEqual({ code: 'wrong-type' });
    expect(checkImportFile('noextension', 10)).toEqual({ code: 'wrong-type' });
    expect(checkImportFile('big.json', 1024 * 1024 + 1)).toEqual({ code: 'too-big' });
    expect(checkImportFile('empty.json', 0)).toEqual({ code: 'empty' });
    expect(checkImportFile('ok.JSON', 500)).toBeNull();
    expect(checkImportFile('sheet.csv', 500)).toEqual({ code: 'wrong-type' });
  });

  it('previews what will change', () => {
    const result = decodeImport(exported, IDS);
    if (!result.ok) throw new Error(result.error.code);
    const current: Answers = { ratings: { 's1-team': 3, 's6-predict': 2 }, notes: {} };
    const preview = previewImport([...IDS], current, [], result.file);
    expect(preview.changes).toEqual([
      { id: 's1-crm', from: undefined, to: 'na' },
      { id: 's2-metrics', from: undefined, to: 1 },
      { id: 's6-predict', from: 2, to: undefined },
    ]);
    expect(preview.notesChanged).toBe(2);
    expect(preview.newSnapshots).toBe(1);
    expect(previewImport([...IDS], current, [SNAPSHOT], result.file).newSnapshots).toBe(0);
  });
});

/** A strict RFC 4180 reader, to check the export as a spreadsheet would read it. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') { cell += '"'; i += 1; }
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') { row.push(cell); cell = ''; }
    else if (char === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i += 1; }
    else cell += char;
  }
  return rows;
}

describe('CSV export', () => {
  const csv = encodeCsvExport(STATEMENTS, ANSWERS);

  it('starts with a byte-order mark and ends every row with CRLF', () => {
    expect(csv.startsWith('\ufeffstage,id,statement,rating,note\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('has one row per statement: stage, id, statement, rating, note, quoted where needed', () => {
    const rows = readCsv(csv.slice(1));
    expect(rows[0]).toEqual(['stage', 'id', 'statement', 'rating', 'note']);
    expect(rows).toHaveLength(STATEMENTS.length + 1);
    expect(rows[1]).toEqual(['1', 's1-team', 'We have a team.', '3', 'Line one\nline "two", with a comma']);
    expect(rows[2]).toEqual(['1', 's1-crm', 'We use a CRM, "properly".', 'N/A', '']);
    expect(rows[4]).toEqual(['6', 's6-predict', 'We predict issues.', '', '']);
  });

  it('guards formula-like notes so spreadsheets show them as text', () => {
    expect(readCsv(csv.slice(1))[3]![4]).toBe("'=SUM(A1:A2)");
  });
});

describe('share links', () => {
  const ids = [...IDS];

  it('round-trips ratings (not notes) through the fragment', () => {
    const fragment = encodeShareFragment(ids, ANSWERS.ratings);
    expect(fragment.startsWith('#share=1.')).toBe(true);
    expect(decodeShareFragment(fragment, IDS)).toEqual({ ok: true, ratings: ANSWERS.ratings, unknownIds: [] });
  });

  it('an empty assessment still makes a valid link', () => {
    expect(decodeShareFragment(encodeShareFragment(ids, {}), IDS)).toEqual({ ok: true, ratings: {}, unknownIds: [] });
  });

  it('detects tampering and truncation', () => {
    const fragment = encodeShareFragment(ids, ANSWERS.ratings);
    const tampered = fragment.replace('s1-team:3', 's1-team:1');
    expect(decodeShareFragment(tampered, IDS)).toEqual({ ok: false, reason: 'damaged' });
    for (let cut = 1; cut < fragment.length - 7; cut += 3) {
      expect(decodeShareFragment(fragment.slice(0, -cut), IDS).ok).toBe(false);
    }
  });

  it('recognises a newer format version', () => {
    const body = '2.s1-team:3';
    expect(decodeShareFragment(`#share=${body}.${checksum(body)}`, IDS)).toEqual({ ok: false, reason: 'version' });
  });

  it('skips statements this page does not have', () => {
    const fragment = encodeShareFragment(['s1-team', 's5-future'], { 's1-team': 2, 's5-future': 3 });
    expect(decodeShareFragment(fragment, IDS)).toEqual({ ok: true, ratings: { 's1-team': 2 }, unknownIds: ['s5-future'] });
  });

  it('survives percent-encoding by mail programs', () => {
    const fragment = encodeShareFragment(ids, ANSWERS.ratings);
    const encoded = fragment.replace(/:/g, '%3A').replace(/,/g, '%2C');
    expect(decodeShareFragment(encoded, IDS).ok).toBe(true);
  });

  it('finds the fragment in a pasted link', () => {
    expect(findShareFragment('see https://example.test/assess/#share=1.s1-team:3.abc')).toBe('#share=1.s1-team:3.abc');
    expect(findShareFragment('https://example.test/assess/')).toBeNull();
  });

  it('a decoded share link is always valid state', () => {
    const result = decodeShareFragment(encodeShareFragment(ids, ANSWERS.ratings), IDS);
    expect(result.ok && isValidAnswers({ ratings: result.ratings, notes: {} })).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { csvCell, csvFile, toCsv } from '../../src/lib/csv';

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded')).toBe('" padded"');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvCell('+1+1')).toBe("'+1+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('=HYPERLINK("http://x", "y")')).toBe('"\'=HYPERLINK(""http://x"", ""y"")"');
    expect(csvCell('\tTAB')).toBe("'\tTAB");
  });

  it('leaves plain numbers, negative ones included, as numbers', () => {
    expect(csvCell(-20)).toBe('-20');
    expect(csvCell(54.5)).toBe('54.5');
  });

  it('quotes text with spaces at either end, which a spreadsheet would otherwise trim', () => {
    expect(csvCell('note ')).toBe('"note "');
    expect(csvCell('\nstarts with a line break')).toBe('"\nstarts with a line break"');
  });
});

describe('toCsv', () => {
  it('writes CRLF lines, ending with one', () => {
    expect(toCsv([['a', 'b'], [1, 2]])).toBe('a,b\r\n1,2\r\n');
  });

  it('applies the cell rules to every cell', () => {
    expect(toCsv([['name', 'note'], ['=cmd', 'a, b']])).toBe("name,note\r\n'=cmd,\"a, b\"\r\n");
  });
});

describe('the formula guard looks past leading whitespace and control characters', () => {
  const hidden = [' ', '  ', '\n', '\r\n', '\u00a0', '\u2007', '\u3000', '\u0000', '\u0007', '\u001b', '\u200b', '\ufeff', ' \n\t'];
  const dangerous = ['=1+1', '+1+1', '-1+1', '@SUM(A1)', '\t=1', '\r=1'];
  for (const space of hidden) {
    for (const formula of dangerous) {
      const cell = `${space}${formula}`;
      it(`guards ${JSON.stringify(cell)}`, () => {
        // The apostrophe comes first, before the whitespace, wherever the cell is quoted or not.
        expect(csvCell(cell).replace(/^"/, '').startsWith("'")).toBe(true);
      });
    }
  }

  it('leaves text with a formula sign later in the cell alone', () => {
    expect(csvCell('a=1')).toBe('a=1');
    expect(csvCell('Ratio 2-1')).toBe('Ratio 2-1');
  });

  it('leaves numbers alone, with or without spaces around them', () => {
    expect(csvCell(-4.5)).toBe('-4.5');
    expect(csvCell(' -20')).toBe('" -20"');
  });
});

describe('csvFile', () => {
  it('starts with exactly one byte-order mark', () => {
    const text = csvFile([['stage', 'id'], [1, 's1-a']]);
    expect(text.startsWith('\ufeffstage')).toBe(true);
    expect(text.slice(1).includes('\ufeff')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { csvCell, csvRow, toCsv } from './csv';

describe('CSV writer', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('cr\rlf')).toBe('"cr\rlf"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe(
      '"\'=HYPERLINK(""http://evil.example"",""x"")"',
    );
    expect(csvCell('+1 503-555-0100')).toBe("'+1 503-555-0100");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1+1')).toBe("'\t=1+1");
    expect(csvCell('a=1')).toBe('a=1');
  });

  it('also neutralises full-width signs, formulas after leading spaces, and NUL or line-feed starts', () => {
    expect(csvCell('＝1+1')).toBe("'＝1+1");
    expect(csvCell('＋1')).toBe("'＋1");
    expect(csvCell('－1')).toBe("'－1");
    expect(csvCell('＠SUM(A1)')).toBe("'＠SUM(A1)");
    expect(csvCell('  =1+1')).toBe("'  =1+1");
    expect(csvCell('\u00a0@SUM(A1)')).toBe("'\u00a0@SUM(A1)");
    expect(csvCell('\0=1')).toBe("'\0=1");
    expect(csvCell('\n=1+1')).toBe('"\'\n=1+1"');
    expect(csvCell(' plain text')).toBe(' plain text');
    expect(csvCell('Ask about =SUM')).toBe('Ask about =SUM');
  });

  it('leaves numbers it writes itself alone', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(42)).toBe('42');
  });

  it('writes a BOM, a header and CRLF rows', () => {
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('\uFEFFa,b\r\n1,"x,y"\r\n');
    expect(csvRow(['=cmd', 'ok'])).toBe("'=cmd,ok");
  });
});

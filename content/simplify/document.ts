import { LIST_MARKER } from '../readability/segment.js';

/**
 * One line of a plain-text clinical document and what it is, so the rewrite keeps headings, lists and tables
 * where they were. A label line ("DIET: Low salt diet.") is a heading and a body on one line.
 */
export type Line =
  | { kind: 'blank' }
  | { kind: 'heading'; text: string }
  | { kind: 'labelled'; label: string; body: string }
  | { kind: 'item'; marker: string; body: string }
  | { kind: 'table'; cells: string[]; separator: string }
  | { kind: 'text'; body: string };

const TABLE_SEPARATOR = /\t|\s{3,}|\s*\|\s*/u;
const LABEL = /^(\p{Lu}[\p{L} /&()-]{1,40}):[ \t]+(\S.*)$/u;

function isHeading(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 80) return false;
  if (/:$/u.test(t) && t.split(/\s+/u).length <= 8) return true;
  const letters = t.replace(/[^\p{L}]/gu, '');
  return (
    letters.length >= 3 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters) && !/[.!?]$/u.test(t)
  );
}

function tableCells(line: string): { cells: string[]; separator: string } | undefined {
  const t = line.trim();
  const separator = t.includes('|') ? ' | ' : t.includes('\t') ? '\t' : '   ';
  const cells = t
    .split(TABLE_SEPARATOR)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
  return cells.length >= 3 ? { cells, separator } : undefined;
}

/** Reads the document line by line. Two or more consecutive lines of three or more columns are a table. */
export function parseDocument(text: string): Line[] {
  const raw = text.replace(/\r\n?/gu, '\n').split('\n');
  const tableRows = raw.map((l) => (/\t|\S\s{3,}\S|\|/u.test(l.trim()) ? tableCells(l) : undefined));
  return raw.map((line, i): Line => {
    if (line.trim() === '') return { kind: 'blank' };
    const row = tableRows[i];
    if (row && (tableRows[i - 1] || tableRows[i + 1])) return { kind: 'table', ...row };
    const marker = LIST_MARKER.exec(line);
    if (marker) return { kind: 'item', marker: marker[0], body: line.slice(marker[0].length).trim() };
    if (isHeading(line)) return { kind: 'heading', text: line.trim() };
    const label = LABEL.exec(line.trim());
    // "DIET: …" or "Hospital course: …": a label of a few words before a colon.
    if (label && label[1] && label[2] && label[1].split(/\s+/u).length <= 4)
      return { kind: 'labelled', label: label[1], body: label[2] };
    return { kind: 'text', body: line.trim() };
  });
}

import { PRESENT_THRESHOLD, type Analysis } from '../index';
import { TOPICS } from '../topics/lexicon';
import { formatAnalysis, mentionCounts, topStances } from './analysis-report';
import { displayWidth, fit } from './width';

/** What the formats show of an article besides its analysis. */
export interface RowInfo {
  id: string;
  /** `path` or `path:line`. */
  source: string;
  /** Length of the text in UTF-16 code units. */
  characters: number;
  /** A JSONL line's other fields. */
  meta?: Record<string, unknown>;
  /** Ids of the articles dropped as its near-duplicates (`--dedupe`). */
  duplicates?: string[];
}

/** One analysed article as the formats see it. */
export interface Row extends RowInfo {
  analysis: Analysis;
}

/**
 * An output format: what goes before the first row, each row, between rows, and after the last.
 * A row is made where the article was analysed (perhaps a worker thread, which does not know
 * how many rows come before its own), so what depends on a row's place is its `lead`.
 */
export interface Format {
  header(): string;
  row(row: Row): string;
  /**
   * What goes before the row at this 0-based place in the output (the table's row number). A
   * format without one has its rows joined and encoded where they are made.
   */
  lead?(index: number): string;
  readonly separator: string;
  footer(rows: number): string;
  /** Rows are meant to be seen as they come (a terminal), not buffered. */
  readonly live: boolean;
}

export const FORMATS = ['table', 'report', 'ndjson', 'json', 'csv'] as const;
export type FormatName = (typeof FORMATS)[number];

const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '-' : ' '}${Math.abs(x).toFixed(2)}`;

function record(r: Row): Record<string, unknown> {
  const out: Record<string, unknown> = { id: r.id, source: r.source, characters: r.characters };
  if (r.meta) out.meta = r.meta;
  if (r.duplicates) out.duplicates = r.duplicates;
  return Object.assign(out, r.analysis);
}

const ndjson: Format = { header: () => '', row: (r) => `${JSON.stringify(record(r))}\n`, separator: '', footer: () => '', live: false };

// A JSON array written as it goes, so that it is valid JSON however the run ends.
const json: Format = {
  header: () => '[',
  row: (r) => `\n${JSON.stringify(record(r))}`,
  separator: ',',
  footer: (rows) => (rows === 0 ? ']\n' : '\n]\n'),
  live: false,
};

const CSV_STANCES = 3;
const CSV_ACTORS = 6;
const CSV_HEADER = [
  'id',
  'source',
  'characters',
  ...TOPICS.map((t) => `${t}_score`),
  'topics',
  'subtopics',
  ...Array.from({ length: CSV_STANCES }, (_, i) => [`stance${i + 1}_holder`, `stance${i + 1}_target`, `stance${i + 1}_label`, `stance${i + 1}_score`]).flat(),
  'actors',
  'events',
  'duplicates',
  'warnings',
  'meta',
];

/** RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled. */
function cell(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvRow(r: Row): string {
  const a = r.analysis;
  const stances = topStances(a, CSV_STANCES);
  const cells: (string | number)[] = [r.id, r.source, r.characters];
  for (const t of TOPICS) cells.push(a.topics.find((x) => x.topic === t)?.score ?? 0);
  cells.push(
    a.topics
      .filter((t) => t.present)
      .map((t) => t.topic)
      .join('|'),
  );
  cells.push(a.topics.flatMap((t) => (t.present ? t.subtopics.filter((s) => s.score >= PRESENT_THRESHOLD).map((s) => s.id) : [])).join('|'));
  for (let i = 0; i < CSV_STANCES; i++) {
    const s = stances[i];
    cells.push(s?.holder ?? '', s?.target ?? '', s?.label ?? '', s ? s.score : '');
  }
  cells.push(
    mentionCounts(a)
      .slice(0, CSV_ACTORS)
      .map((x) => x.id)
      .join('|'),
    a.events.length, (r.duplicates ?? []).join('|'), a.warnings.join('; '), r.meta ? JSON.stringify(r.meta) : '');
  return `${cells.map(cell).join(',')}\r\n`;
}

const csv: Format = { header: () => `${CSV_HEADER.map(cell).join(',')}\r\n`, row: csvRow, separator: '', footer: () => '', live: false };

/**
 * One line per article: its topic scores (a `+` marks a topic that is present), its strongest
 * stances, and last its id. Every cell but the id is ASCII and padded by display width, so the
 * columns stay aligned whatever the terminal does with Arabic; an Arabic id or file name comes
 * last on the line, where a terminal that reorders right-to-left text cannot move another cell.
 */
function table(columns: number): Format {
  const widths = TOPICS.map((t) => Math.max(t.length, 5));
  const stanceWidth = Math.max(24, Math.min(56, columns - 6 - widths.reduce((x, w) => x + w + 1, 0) - 14));
  const head = `${'#'.padStart(5)} ${TOPICS.map((t, i) => fit(t, widths[i] as number)).join(' ')} ${fit('strongest stances', stanceWidth)} article`;
  return {
    header: () => `${head}\n${'-'.repeat(Math.min(columns, displayWidth(head) + 20))}\n`,
    lead: (index) => `${String(index + 1).padStart(5)} `,
    row(r) {
      const a = r.analysis;
      const topics = TOPICS.map((t, i) => {
        const tag = a.topics.find((x) => x.topic === t);
        return fit(tag ? `${tag.present ? '+' : ' '}${tag.score.toFixed(2)}` : '', widths[i] as number);
      });
      const stances = topStances(a, 3)
        .map((s) => `${s.holder === 'author' ? '' : `${s.holder}>`}${s.target} ${signed(s.score)}`)
        .join('  ');
      const dup = r.duplicates && r.duplicates.length > 0 ? `  (+${r.duplicates.length} duplicate${r.duplicates.length > 1 ? 's' : ''})` : '';
      return `${topics.join(' ')} ${fit(stances || '-', stanceWidth)} ${r.id}${dup}\n`;
    },
    separator: '',
    footer: (rows) => (rows === 0 ? '(no articles)\n' : `${rows} article${rows === 1 ? '' : 's'}; + marks a topic present; stance scores run from -1 (against) to +1 (favour), holder>target when a quoted voice holds it\n`),
    live: true,
  };
}

const report: Format = { header: () => '', row: (r) => `${formatAnalysis(r.id, r.analysis)}\n\n`, separator: '', footer: () => '', live: true };

/** The format of that name; `columns` is the terminal's width, for the table. */
export function createFormat(name: FormatName, columns = 100): Format {
  switch (name) {
    case 'table':
      return table(columns);
    case 'report':
      return report;
    case 'ndjson':
      return ndjson;
    case 'json':
      return json;
    case 'csv':
      return csv;
  }
}

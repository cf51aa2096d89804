import { resolve } from 'node:path';
import { type NormalizeOptions, type NormalizePreset, PRESETS, RULES, VERSION, findActors, normalize, normalizeWithOffsets, regions } from '../index';
import { formatActorsReport, type ActorsReport } from './actors-report';
import { evaluateFile, formatEvaluation } from './eval';
import { buildReport, formatReport } from './normalize-report';
import { runAnalyzeCommand, type AnalyzeArgs } from './analyze-command';
import { FORMATS, type FormatName } from './formats';
import type { CliIo } from './io';
import { InputError, readInput } from './read-input';

const COMMANDS = `Commands:
  analyze    topics, stances and events of articles: files, folders, JSONL, stdin
  normalize  normalise text (files or stdin) to stdout, or report what changed
  actors     the actors each file names, with their mentions
  eval       topic and stance scores of marsad on a labelled JSONL file`;

const USAGE = `marsad ${VERSION}: reads Arabic news and says what it is about and where it stands.

Usage: marsad <command> [options] [inputs...]

${COMMANDS}

Run 'marsad <command> --help' for a command's options and examples.

Examples:
  marsad analyze seeds/                     a table: topics and strongest stances per article
  marsad analyze dump.jsonl -o out.ndjson   one JSON result per line, written atomically
  marsad normalize --preset search page.txt
  marsad eval fixtures/dev/topics.jsonl

Options:
  -h, --help       this help (or a command's, after the command)
  -v, --version    the version
`;

const HELP: Record<string, string> = {
  analyze: `Usage: marsad analyze [options] [inputs...]

Analyses each article: topic scores with evidence, the actors named, the stances of the author
and of each quoted voice toward them, and events (CAMEO/PLOVER). Results come in input order.

Inputs (stdin when none, or '-'):
  file.txt             one article
  file.jsonl           one article per line (also .ndjson): a JSON object with the text in a
                       field (--field); its "id" field names it, other fields are kept as meta
  folder/              every .txt, .jsonl and .ndjson file under it, recursively, by name

Options:
  -f, --format NAME    table   one line per article: topic scores, strongest stances, id
                               (default on a terminal)
                       ndjson  one JSON object per line, with every span (default otherwise)
                       json    one JSON array of the same objects
                       csv     one row per article: topic scores, topics present, the three
                               strongest stances, actors, events
                       report  a readable block per article with evidence words and events
      --json           the same as --format ndjson
  -o, --output FILE    write to FILE, atomically: a temporary file renamed when the run ends;
                       an interrupted run leaves what it finished in FILE.partial
      --field NAME     the JSONL field holding the text (default: text; a.b reaches inside)
      --id-field NAME  the JSONL field holding the id (default: id; a.b reaches inside;
                       without one, the id is file:line)
      --jsonl          read stdin, and files whatever their extension, as JSONL
  -j, --jobs N         analyse in N worker threads (default: the number of cores, ${'${cores}'};
                       fewer than 64 text files are analysed in one thread, faster than
                       starting workers)
      --dedupe         leave out near-duplicates (the same story republished): the first of
                       each group is kept and lists the others; holds the batch in memory
      --threshold X    how similar (cosine of BM25 vectors, 0-1) counts as a duplicate
                       (default: 0.8)
  -q, --quiet          no progress bar and no summary (errors are still reported)
  -h, --help           this help

A progress bar (articles, rate, time left) shows on stderr when it is a terminal. A file or
line that cannot be used is reported on stderr with its place; the others are still analysed,
a summary counts the problems, and the exit code is then 1. Ctrl-C stops after the articles in
progress, keeping every complete result (exit code 130).

Examples:
  marsad analyze seeds/
  marsad analyze --format ndjson -o results.ndjson seeds/*.txt
  marsad analyze --field body --jobs 4 -o out.csv -f csv scraped.jsonl
  cat article.txt | marsad analyze -f report
  zcat dump.jsonl.gz | marsad analyze --jsonl --dedupe > results.ndjson
`,
  normalize: `Usage: marsad normalize [options] [file...]

Normalises each file (stdin when none, or '-') and writes the text to stdout.

Options:
  --preset NAME        ${Object.keys(PRESETS).join(', ')} (default: default)
  --enable RULES       comma-separated rules to switch on over the preset
  --disable RULES      comma-separated rules to switch off
  --report             instead of the text, show what changed: per rule, and words before -> after
  --json               with --report, one JSON object per file
  -h, --help           this help

Rules: ${RULES.join(', ')}

Examples:
  marsad normalize page.txt > page.norm.txt
  marsad normalize --preset search --disable digits page.txt
  marsad normalize --report page.txt
`,
  actors: `Usage: marsad actors [--json] [file...]

Lists the actors each file (stdin when none, or '-') names, with every mention; mentions in
reader comments and other regions that are not the article are shown apart.

Options:
  --json               one JSON object per file: { file, actors, excluded }
  -h, --help           this help

Example:
  marsad actors seeds/*.txt
`,
  eval: `Usage: marsad eval [--json] file.jsonl

Scores marsad on labelled lines. Each line is { "text": ..., "labels": [topic ids] } for topics
(per-topic precision, recall, F1, macro-F1) and/or "stance": [{ "target": "FRA", "holder":
"author", "label": "against" }] for stance (per-label precision, recall, F1, F_avg = mean F1 of
favor and against, accuracy). A malformed line is reported with its number on stderr; the other
lines are still scored, and the exit code is then 1.

Options:
  --json               the scores, the items it got wrong and the bad lines as one JSON object
  -h, --help           this help

Example:
  marsad eval fixtures/dev/topics.jsonl
`,
};

/** A mistake in how the command was called: exit code 2 with the usage hint. */
class UsageError extends Error {}

interface Parsed {
  command: string | undefined;
  files: string[];
  preset: NormalizePreset | undefined;
  switches: Record<string, boolean>;
  report: boolean;
  json: boolean;
  help: boolean;
  version: boolean;
  analyze: Omit<AnalyzeArgs, 'inputs'>;
}

/** Which command each option belongs to (options of every command are not listed). */
const OWNER: Record<string, string> = {
  '--preset': 'normalize',
  '--enable': 'normalize',
  '--disable': 'normalize',
  '--report': 'normalize',
  '--format': 'analyze',
  '--output': 'analyze',
  '--field': 'analyze',
  '--id-field': 'analyze',
  '--jsonl': 'analyze',
  '--jobs': 'analyze',
  '--quiet': 'analyze',
  '--dedupe': 'analyze',
  '--threshold': 'analyze',
};
const SHORT: Record<string, string> = { '-f': '--format', '-o': '--output', '-j': '--jobs', '-q': '--quiet', '-h': '--help', '-v': '--version' };

function parseArgs(argv: readonly string[]): Parsed {
  const p: Parsed = {
    command: undefined,
    files: [],
    preset: undefined,
    switches: {},
    report: false,
    json: false,
    help: false,
    version: false,
    analyze: { format: undefined, output: undefined, field: 'text', idField: 'id', jsonl: false, jobs: undefined, quiet: false, dedupe: false, threshold: undefined },
  };
  const a = p.analyze;
  const owned: string[] = [];
  let positional = false;
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i] as string;
    if (positional || arg === '-' || !arg.startsWith('-')) {
      if (p.command === undefined) p.command = arg;
      else p.files.push(arg);
      continue;
    }
    if (arg === '--') {
      positional = true;
      continue;
    }
    let inline: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      inline = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    arg = SHORT[arg] ?? arg;
    const value = (): string => {
      if (inline !== undefined) return inline;
      const v = argv[++i];
      if (v === undefined || (v.startsWith('-') && v.length > 1)) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (OWNER[arg]) owned.push(arg);
    if (arg === '--help') p.help = true;
    else if (arg === '--version') p.version = true;
    else if (arg === '--report') p.report = true;
    else if (arg === '--json') p.json = true;
    else if (arg === '--preset') {
      const v = value();
      if (!(v in PRESETS)) throw new UsageError(`unknown preset '${v}'; valid presets are ${Object.keys(PRESETS).join(', ')}`);
      p.preset = v as NormalizePreset;
    } else if (arg === '--enable' || arg === '--disable') {
      for (const rule of value().split(',').filter(Boolean)) {
        if (!(RULES as readonly string[]).includes(rule)) throw new UsageError(`unknown rule '${rule}'; valid rules are ${RULES.join(', ')}`);
        p.switches[rule] = arg === '--enable';
      }
    } else if (arg === '--format') {
      const v = value();
      if (!(FORMATS as readonly string[]).includes(v)) throw new UsageError(`unknown format '${v}'; valid formats are ${FORMATS.join(', ')}`);
      a.format = v as FormatName;
    } else if (arg === '--output') a.output = value();
    else if (arg === '--field') a.field = value();
    else if (arg === '--id-field') a.idField = value();
    else if (arg === '--jsonl') a.jsonl = true;
    else if (arg === '--quiet') a.quiet = true;
    else if (arg === '--dedupe') a.dedupe = true;
    else if (arg === '--jobs') {
      const v = value();
      const n = Number(v);
      if (!/^\d+$/.test(v) || n < 1 || n > 256) throw new UsageError(`--jobs needs a whole number from 1 to 256, got '${v}'`);
      a.jobs = n;
    } else if (arg === '--threshold') {
      const v = value();
      const x = Number(v);
      if (v.trim() === '' || !(x > 0 && x <= 1)) throw new UsageError(`--threshold needs a number above 0 and at most 1, got '${v}'`);
      a.threshold = x;
    } else throw new UsageError(`unknown option '${arg}'`);
  }
  for (const option of owned) {
    const owner = OWNER[option] as string;
    if (p.command !== undefined && p.command !== owner && !(p.help && !(p.command in HELP))) {
      throw new UsageError(`${option} is an option of '${owner}', not of '${p.command}'`);
    }
  }
  if (a.threshold !== undefined && !a.dedupe) throw new UsageError('--threshold goes with --dedupe');
  const output = a.output;
  if (output !== undefined && p.files.some((f) => f !== '-' && resolve(f) === resolve(output))) {
    throw new UsageError(`-o ${output} is also an input: the results would replace it`);
  }
  if (p.command === 'analyze' && p.json) {
    if (a.format && a.format !== 'ndjson') throw new UsageError(`--json is --format ndjson; it cannot go with --format ${a.format}`);
    a.format = 'ndjson';
  }
  return p;
}

/** Reads every input (stdin when none), hands each text to `each`; a file that cannot be read is reported and skipped. */
function forEachInput(p: Parsed, err: (s: string) => void, each: (name: string, text: string) => void): number {
  const names = p.files.length > 0 ? p.files : ['-'];
  let failed = 0;
  for (const name of names) {
    let input;
    try {
      input = readInput(name);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      err(`marsad: ${error.message}\n`);
      failed++;
      continue;
    }
    each(name === '-' ? '(stdin)' : name, input.text);
  }
  return failed > 0 ? 1 : 0;
}

function runNormalize(p: Parsed, out: (s: string) => void, err: (s: string) => void): number {
  if (p.json && !p.report) throw new UsageError('--json goes with --report');
  const options: NormalizeOptions = { ...p.switches, preset: p.preset };
  const preset = p.preset ?? 'default';
  return forEachInput(p, err, (name, text) => {
    if (!p.report) out(normalize(text, options));
    else {
      const report = buildReport(name, preset, normalizeWithOffsets(text, options));
      out(p.json ? `${JSON.stringify(report)}\n` : `${formatReport(report)}\n\n`);
    }
  });
}

function runActors(p: Parsed, out: (s: string) => void, err: (s: string) => void): number {
  return forEachInput(p, err, (name, text) => {
    const report: ActorsReport = { file: name, actors: findActors(text), excluded: regions(text) };
    out(p.json ? `${JSON.stringify(report)}\n` : `${formatActorsReport(report)}\n\n`);
  });
}

function runEval(p: Parsed, out: (s: string) => void, err: (s: string) => void): number {
  if (p.files.length !== 1) throw new UsageError('eval takes one JSONL file (use - for stdin)');
  let failed = 0;
  const status = forEachInput(p, err, (name, text) => {
    const evaluation = evaluateFile(text);
    for (const b of evaluation.bad) err(`marsad: ${name}:${b.line}: ${b.problem}\n`);
    failed += evaluation.bad.length;
    const report = { file: name, topics: evaluation.topics, stance: evaluation.stance, badLines: evaluation.bad };
    out(p.json ? `${JSON.stringify(report)}\n` : `${formatEvaluation(name, evaluation)}\n`);
  });
  return status !== 0 || failed > 0 ? 1 : 0;
}

/** Runs the command line; resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const out = (s: string) => void io.out(s);
  try {
    const p = parseArgs(argv);
    if (p.version) {
      out(`${VERSION}\n`);
      return 0;
    }
    if (p.command === undefined || (p.help && !(p.command in HELP))) {
      if (p.command !== undefined && !(p.command in HELP)) throw new UsageError(`unknown command '${p.command}'`);
      out(USAGE);
      return p.help ? 0 : 2;
    }
    if (p.help) {
      out((HELP[p.command] as string).replace('${cores}', String(io.cores)));
      return 0;
    }
    if (p.command === 'analyze') {
      if (p.files.length === 0 && io.stdinIsTTY) throw new UsageError('analyze needs inputs: files, folders, or text piped into stdin');
      return await runAnalyzeCommand({ inputs: p.files, ...p.analyze }, io);
    }
    if (p.command === 'normalize') return runNormalize(p, out, io.err);
    if (p.command === 'actors') return runActors(p, out, io.err);
    if (p.command === 'eval') return runEval(p, out, io.err);
    throw new UsageError(`unknown command '${p.command}'`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`marsad: ${error.message}\nRun 'marsad${commandHint(argv)} --help' for usage.\n`);
      return 2;
    }
    io.err(`marsad: internal error: ${(error as Error).message}\nPlease report this with the input that caused it.\n`);
    return 70;
  }
}

/** ' analyze' when the command line names a known command, for the usage hint. */
function commandHint(argv: readonly string[]): string {
  const command = argv.find((a) => !a.startsWith('-'));
  return command !== undefined && command in HELP ? ` ${command}` : '';
}

import { type NormalizeOptions, type NormalizePreset, PRESETS, RULES, VERSION, createAnalyzer, findActors, normalize, normalizeWithOffsets, regions } from '../index';
import { formatAnalysis } from './analysis-report';
import { formatActorsReport, type ActorsReport } from './actors-report';
import { evaluateFile, formatEvaluation } from './eval';
import { buildReport, formatReport } from './normalize-report';
import { InputError, readInput } from './read-input';

const USAGE = `marsad ${VERSION}: reads Arabic news and says what it is about and where it stands.

Usage:
  marsad analyze [--json] [file...]      topics (with evidence) and actors of each article
  marsad normalize [options] [file...]   normalise files (or stdin, or '-') to stdout
  marsad actors [--json] [file...]       the actors each file names, with their mentions
  marsad eval [--json] file.jsonl        topic and stance scores on labelled lines (see below)

Options for analyze:
  --json               one Analysis object per line (NDJSON), with every span and cue

Options for normalize:
  --preset NAME        ${Object.keys(PRESETS).join(', ')} (default: default)
  --enable RULES       comma-separated rules to switch on over the preset
  --disable RULES      comma-separated rules to switch off
  --report             instead of the text, show what changed: per rule, and words before -> after
  --json               with --report, one JSON object per file

Options for actors:
  --json               one JSON object per file: { file, actors, excluded }

Options for eval:
  --json               the scores, the items it got wrong and the bad lines as one JSON object
  Each line is { "text": ..., "labels": [topic ids] } for topics (per-topic precision, recall,
  F1, macro-F1) and/or "stance": [{ "target": "FRA", "holder": "author", "label": "against" }]
  for stance (per-label precision, recall, F1, F_avg = mean F1 of favor and against, accuracy).
  A malformed line is reported with its number on stderr; the other lines are still scored,
  and the exit code is then 1.
  -h, --help           this help
  -v, --version        the version

Rules: ${RULES.join(', ')}
`;

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
}

function parseArgs(argv: readonly string[]): Parsed {
  const p: Parsed = { command: undefined, files: [], preset: undefined, switches: {}, report: false, json: false, help: false, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || (v.startsWith('--') && v.length > 2)) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '-h' || arg === '--help') p.help = true;
    else if (arg === '-v' || arg === '--version') p.version = true;
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
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option '${arg}'`);
    else if (p.command === undefined) p.command = arg;
    else p.files.push(arg);
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

function runAnalyze(p: Parsed, out: (s: string) => void, err: (s: string) => void): number {
  if (p.report || p.preset || Object.keys(p.switches).length > 0) {
    throw new UsageError('--report, --preset, --enable and --disable go with normalize');
  }
  const analyzer = createAnalyzer();
  return forEachInput(p, err, (name, text) => {
    const a = analyzer.analyze(text);
    out(p.json ? `${JSON.stringify({ file: name, ...a })}\n` : `${formatAnalysis(name, a)}\n\n`);
  });
}

function runActors(p: Parsed, out: (s: string) => void, err: (s: string) => void): number {
  if (p.report || p.preset || Object.keys(p.switches).length > 0) {
    throw new UsageError('--report, --preset, --enable and --disable go with normalize');
  }
  return forEachInput(p, err, (name, text) => {
    const report: ActorsReport = { file: name, actors: findActors(text), excluded: regions(text) };
    out(p.json ? `${JSON.stringify(report)}\n` : `${formatActorsReport(report)}\n\n`);
  });
}

function runEval(p: Parsed, out: (s: string) => void, err: (s: string) => void): number {
  if (p.report || p.preset || Object.keys(p.switches).length > 0) {
    throw new UsageError('--report, --preset, --enable and --disable go with normalize');
  }
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

/** Runs the command line; returns the exit code. */
export function main(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
  try {
    const p = parseArgs(argv);
    if (p.version) {
      out(`${VERSION}\n`);
      return 0;
    }
    if (p.help || p.command === undefined) {
      out(USAGE);
      return p.help ? 0 : 2;
    }
    if (p.command === 'analyze') return runAnalyze(p, out, err);
    if (p.command === 'normalize') return runNormalize(p, out, err);
    if (p.command === 'actors') return runActors(p, out, err);
    if (p.command === 'eval') return runEval(p, out, err);
    throw new UsageError(`unknown command '${p.command}'`);
  } catch (error) {
    if (error instanceof UsageError) {
      err(`marsad: ${error.message}\nRun 'marsad --help' for usage.\n`);
      return 2;
    }
    err(`marsad: internal error: ${(error as Error).message}\nPlease report this with the input that caused it.\n`);
    return 70;
  }
}

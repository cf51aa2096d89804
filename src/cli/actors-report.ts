import type { FoundActor, Region } from '../index';

/** What `marsad actors` prints for one file (also its `--json` shape). */
export interface ActorsReport {
  file: string;
  actors: FoundActor[];
  excluded: Region[];
}

/**
 * One line per actor: id, English name, type, how many mentions and by what means, and the
 * surface forms; then the excluded regions. Mentions in excluded regions are counted apart.
 */
export function formatActorsReport(report: ActorsReport): string {
  const lines = [report.file];
  if (report.actors.length === 0) lines.push('  no actors found');
  const idWidth = Math.max(4, ...report.actors.map((a) => a.id.length));
  const nameWidth = Math.max(4, ...report.actors.map((a) => a.name.en.length));
  for (const a of report.actors) {
    const counted = a.mentions.filter((m) => !m.excluded);
    const byVia = new Map<string, number>();
    for (const m of counted) byVia.set(m.via, (byVia.get(m.via) ?? 0) + 1);
    const via = [...byVia].map(([k, n]) => `${k} ${n}`).join(', ');
    const excluded = a.mentions.length - counted.length;
    const forms = [...new Set(a.mentions.map((m) => m.text))].join('، ');
    lines.push(
      `  ${a.id.padEnd(idWidth)}  ${a.name.en.padEnd(nameWidth)}  ${a.type.padEnd(14)}  ${String(counted.length).padStart(3)} (${via || 'none'}${excluded ? `; ${excluded} excluded` : ''})  ${forms}`,
    );
  }
  for (const r of report.excluded) lines.push(`  excluded ${r.reason} from ${r.start} to ${r.end}: ${JSON.stringify(r.cue)}`);
  return lines.join('\n');
}

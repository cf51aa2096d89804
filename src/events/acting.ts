import type { Acting } from '../stance/targets';
import type { Token } from '../text/tokenizer';
import type { ActorEvent } from './types';

/**
 * Who acts before a token, as the events tell it, for the stance layer (`تقوم كل من فرنسا وأمريكا
 * بإمداد كل من مالي وموريتانيا بالعتاد ... تحت غطاء محاربة الإرهاب` blames the suppliers): the
 * source and target of the last directed event told in the same clause (no punctuation between),
 * and the token of its trigger.
 */
export function actingFrom(events: readonly ActorEvent[], tokens: readonly Token[]): Acting {
  const told = events
    .filter((e) => !e.mutual)
    .flatMap((e) => e.evidence.map((t) => ({ start: t.start, source: e.source, target: e.target })))
    .sort((x, y) => x.start - y.start);
  return (at, min) => {
    const from = tokens[min]!.start;
    const to = tokens[at]!.start;
    let found: (typeof told)[number] | null = null;
    for (const e of told) if (e.start >= from && e.start < to) found = e;
    if (!found) return null;
    let i = at;
    while (i > min && tokens[i]!.start > found.start) if (tokens[--i]!.kind === 'punct') return null;
    return { source: found.source, target: found.target, at: i };
  };
}

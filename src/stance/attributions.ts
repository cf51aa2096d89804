import { markExcluded, matchActors } from '../actors/find';
import { defaultGazetteer, defaultTokenizer } from '../defaults';
import { assertText } from '../errors';
import { regions } from '../text/regions';
import { sentences } from '../text/sentences';
import { findAttributions, type Attribution } from './holders';

/**
 * Who says what: the clauses a text reports from an actor or a source group, with the holder,
 * the reporting verb or source marker, and the clause's span. What no attribution covers is the
 * outlet's own voice (the author).
 *
 * @example
 * attributions('أكد متابعون أن فرنسا تدفع نحو الفوضى').map((a) => [a.holder.id, a.cue.text, a.start]);
 * //=> [['observers', 'أكد', 15]]
 */
export function attributions(text: string): Attribution[] {
  assertText(text, 'attributions');
  const tokens = defaultTokenizer().tokenize(text);
  const actors = matchActors(text, tokens, defaultGazetteer());
  const excluded = regions(text);
  markExcluded(actors, excluded);
  // Reader comments and other furniture hold nothing.
  const article = sentences(text).filter((s) => !excluded.some((r) => s.start >= r.start && s.start < r.end));
  return findAttributions(text, tokens, article, actors.map((a) => ({ ...a, mentions: a.mentions.filter((m) => !m.excluded) })));
}

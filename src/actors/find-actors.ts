import { defaultGazetteer, defaultTokenizer } from '../defaults';
import { assertText } from '../errors';
import { regions } from '../text/regions';
import { markExcluded, matchActors, type FoundActor } from './find';

/**
 * Finds every actor the text names, however the press spells it: names, demonyms
 * (`الجزائرية`), capitals (`باماكو`), seats of power (`الكرملين`), leaders (`غويتا` is Goïta and,
 * through him, Mali), with clitics (`وروسيا`, `بالجزائر`) and inside glued strings
 * (`روسياوكوباوإيران`). Names that are also ordinary words are read in context: `صفقات مالية`
 * is not Mali, `الجيش المالي` is; `وكالة الأنباء الفرنسية` is the agency (media), not France.
 * Mentions in reader comments or other page furniture are kept but marked `excluded`.
 *
 * @example
 * findActors('وصل الوفد الجزائري إلى باماكو').map((a) => [a.id, a.mentions.map((m) => m.via)]);
 * //=> [['DZA', ['demonym']], ['MLI', ['capital']]]
 */
export function findActors(text: string): FoundActor[] {
  assertText(text, 'findActors');
  const tokens = defaultTokenizer().tokenize(text);
  const found = matchActors(text, tokens, defaultGazetteer());
  markExcluded(found, regions(text));
  return found;
}

import { defaultTokenizer } from '../defaults';
import { assertText } from '../errors';
import type { Token } from './tokenizer';

/**
 * Splits text into tokens: Arabic words with their clitics analysed, Latin words, numbers,
 * punctuation. Spans are offsets into `text`; glued strings the lexicon can repair come out as
 * one token per part, each with its own span. Splitting is conservative: `والي`, `وزير` and
 * `لبنان` stay whole.
 *
 * @example
 * tokenize('وبالجزائر').map((t) => [t.text, t.word, t.base]);
 * //=> [['وبالجزائر', 'الجزائر', 'جزائر']]
 * tokenize('ماليالجزائر').map((t) => t.text);
 * //=> ['مالي', 'الجزائر']
 */
export function tokenize(text: string): Token[] {
  assertText(text, 'tokenize');
  return defaultTokenizer().tokenize(text);
}

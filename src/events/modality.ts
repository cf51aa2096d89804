import { breaksClause, negationAt } from '../text/negation';
import type { Token } from '../text/tokenizer';
import { FUTURE_WINDOW } from './data/arguments';
import type { EventWords } from './lexicon';

/**
 * Whether the event at token `at` is negated (`لم ترسل`, `نفت إرسال`, `فشلت في توقيع`: see
 * `negationAt`) or future or promised (`سترسل`, `سيقوم بزيارة`, `وعدت بتقديم`, `تعتزم توقيع`), or
 * neither. Negation wins: `لن ترسل` did not and will not happen.
 */
export function modalityAt(tokens: readonly Token[], at: number, text: string, words: EventWords): 'negated' | 'future' | null {
  // فشلت المغرب وموريتانيا في توقيع: the subject may stand between the negator and the event.
  if (negationAt(tokens, at, text, FUTURE_WINDOW) !== null) return 'negated';
  if (tokens[at]!.clitics.future) return 'future';
  for (let i = at - 1; i >= 0 && i >= at - FUTURE_WINDOW; i--) {
    const t = tokens[i]!;
    // `يتوقع أن يؤدي التعاون ...`: what is expected is the clause's consequence, not the event.
    if (t.kind === 'punct' || words.openers.has(t.key) || breaksClause(text, t.end, tokens[i + 1]!.start)) break;
    if (t.clitics.future || words.future.has(t.key)) return 'future';
  }
  return null;
}

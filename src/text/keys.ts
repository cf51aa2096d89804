import { normalize } from '../normalize/normalize';

/**
 * The matching key of a normalised word: also folds `ة` to `ه` and the hamza carriers `ؤ ئ` to
 * `و ي`, because scraped news spells them both ways (`المتحدة` / `المتحده`). Keys are compared,
 * never shown.
 */
export function foldKey(word: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const r = c === 0x0629 ? 'ه' : c === 0x0624 ? 'و' : c === 0x0626 ? 'ي' : '';
    if (r) {
      out += word.slice(last, i) + r;
      last = i + 1;
    }
  }
  return last === 0 ? word : out + word.slice(last);
}

/** Normalises (default preset) and folds a lexicon string the way the text's words are. */
export function lexiconKey(word: string): string {
  return foldKey(normalize(word));
}

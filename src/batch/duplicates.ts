import bm25Vectorizer from 'wink-nlp/utilities/bm25-vectorizer.js';
import similarity from 'wink-nlp/utilities/similarity.js';
import { defaultTokenizer } from '../defaults';
import { describeValue } from '../errors';
import { regions, type Region } from '../text/regions';
import { toBatchItem, type BatchInput } from './input';

/** An article of a duplicate group: its id and 0-based position in the batch. */
export interface DuplicateMember {
  /** The article's id: its input `id`, or its 1-based position when it had none. */
  id: string;
  /** 0-based position in the batch. */
  index: number;
}

/** A dropped article and how close it is to the one kept. */
export interface Duplicate extends DuplicateMember {
  /** Cosine similarity of its BM25 vector to the kept article's, 0 to 1. */
  similarity: number;
}

/** Articles that tell the same story: the first one is kept, the others are its duplicates. */
export interface DuplicateGroup {
  /** The first article of the story in the batch: the one kept. */
  keep: DuplicateMember;
  /** In input order; each is at least `threshold` similar to `keep`. */
  duplicates: Duplicate[];
}

/** Options of {@link findDuplicates}. */
export interface DuplicateOptions {
  /** Cosine similarity from which two articles count as the same story; default 0.8. */
  threshold?: number;
}

/** Words an article's vector is made of, and how many of its strongest words find candidates. */
const PROBE_TERMS = 12;
/** BM25's idf smoothing (see where the vectorizer is made). */
const IDF_SMOOTHING = 3;
/** Candidates must share this many of their strongest words (fewer for very short articles). */
const MIN_SHARED = 3;

/**
 * The words that make an article's content: light stems of its Arabic words, and its Latin words
 * and numbers as written, leaving out punctuation and the parts of a scraped page that are not
 * the article (navigation, reader comments), so two copies of a story on different sites match.
 */
function contentWords(text: string): string[] {
  const skip = regions(text);
  const words: string[] = [];
  let r = 0;
  for (const t of defaultTokenizer().tokenize(text)) {
    while (r < skip.length && (skip[r] as Region).end <= t.start) r++;
    const region = skip[r];
    if (region && region.start <= t.start) continue;
    if (t.kind === 'punct' || t.kind === 'other') continue;
    words.push(t.kind === 'arabic' ? t.stem || t.norm : t.norm.toLowerCase());
  }
  return words;
}

function strongest(bow: Record<string, number>): string[] {
  return Object.keys(bow)
    .sort((a, b) => (bow[b] as number) - (bow[a] as number) || (a < b ? -1 : 1))
    .slice(0, PROBE_TERMS);
}

/**
 * Groups the articles of a batch that tell the same story in near-identical words (a wire story
 * republished by several sites), by the cosine similarity of their BM25 vectors (wink-nlp) over
 * normalised content words. Each group keeps its first article; every later one joins the kept
 * article it is most similar to, if that is at least `threshold`. Articles with no duplicate are
 * in no group. Needs the whole batch at once: BM25 weighs words by how rare they are in it.
 *
 * @example
 * const story = 'أعلنت وزارة الدفاع في مالي وصول طائرات مسيرة جديدة من تركيا لدعم الجيش في الشمال';
 * findDuplicates([story, `${story} حسب وكالة الأنباء`, 'التقى وزير الخارجية الجزائري نظيره الموريتاني']);
 * //=> [{ keep: { id: '1', index: 0 }, duplicates: [{ id: '2', index: 1, similarity: 0.881 }] }]
 */
export function findDuplicates(items: Iterable<string | BatchInput>, options: DuplicateOptions = {}): DuplicateGroup[] {
  if (items === null || typeof items !== 'object' || !(Symbol.iterator in items)) {
    throw new TypeError(`findDuplicates: expected an iterable of texts, got ${describeValue(items)}`);
  }
  const threshold = options.threshold ?? 0.8;
  if (typeof threshold !== 'number' || !(threshold > 0 && threshold <= 1)) {
    throw new TypeError(`findDuplicates: expected threshold to be a number above 0 and at most 1, got ${describeValue(threshold)}`);
  }
  const members: DuplicateMember[] = [];
  // k smooths BM25's idf. At wink's default (1) the words two copies share count for a fifth of
  // a word only one has when the batch is just those two, and copy and original score 0.63-0.82;
  // at 3 they score 0.94-0.98 in a batch of two or of 200, while different seeds stay under 0.4.
  const vectorizer = bm25Vectorizer({ norm: 'l2', k: IDF_SMOOTHING });
  let index = 0;
  for (const raw of items) {
    const item = toBatchItem(raw, index++, 'findDuplicates');
    members.push({ id: item.id, index: item.index });
    vectorizer.learn(contentWords(item.text));
  }

  // Only kept articles are compared against, through an index of their strongest words, so a
  // batch costs about one lookup per article rather than one comparison per pair.
  const probe = new Map<string, number[]>();
  const groups = new Map<number, DuplicateGroup>();
  for (let i = 0; i < members.length; i++) {
    const bow = vectorizer.doc(i).out();
    const terms = strongest(bow);
    if (terms.length === 0) continue;
    const shared = new Map<number, number>();
    for (const term of terms) for (const k of probe.get(term) ?? []) shared.set(k, (shared.get(k) ?? 0) + 1);
    const need = Math.min(MIN_SHARED, terms.length);
    let best = -1;
    let bestSimilarity = 0;
    for (const [k, n] of shared) {
      if (n < need) continue;
      const s = similarity.bow.cosine(bow, vectorizer.doc(k).out());
      if (s >= threshold && (s > bestSimilarity || (s === bestSimilarity && k < best))) {
        best = k;
        bestSimilarity = s;
      }
    }
    if (best >= 0) {
      let group = groups.get(best);
      if (!group) groups.set(best, (group = { keep: members[best] as DuplicateMember, duplicates: [] }));
      group.duplicates.push({ ...(members[i] as DuplicateMember), similarity: Math.round(bestSimilarity * 1000) / 1000 });
      continue;
    }
    for (const term of terms) {
      const list = probe.get(term);
      if (list) list.push(i);
      else probe.set(term, [i]);
    }
  }
  return [...groups.values()].sort((a, b) => a.keep.index - b.keep.index);
}

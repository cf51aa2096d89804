// One pass for several lexicons, verbs conjugated from their past tense, the per-form memo.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultTokenizer } from '../src/defaults';
import { compileEventLexicon } from '../src/events/lexicon';
import { EVENT_CUES } from '../src/events/data/triggers';
import { addCue, createCueMatcher, matchAll, matchCues, mergeMatchers, type CueMatcher } from '../src/match/cues';
import { STANCE_CUES } from '../src/stance/data/cues';
import { verbForms } from '../src/stance/inflect';
import { compileStanceLexicon } from '../src/stance/score';
import { NOT_CUES, TOPIC_CUES } from '../src/topics/data/cues';
import { compileTopicLexicon } from '../src/topics/lexicon';
import { Tokenizer } from '../src/text/tokenizer';

const seeds = readdirSync('seeds').sort().map((f) => readFileSync(`seeds/${f}`, 'utf8'));
const reader = new Tokenizer(defaultTokenizer().lexicon);
const matchers = [compileTopicLexicon(TOPIC_CUES, NOT_CUES, reader).matcher, compileStanceLexicon(STANCE_CUES, reader).matcher, compileEventLexicon(EVENT_CUES, reader).matcher] as CueMatcher<unknown>[];

describe('matchAll', () => {
  it('finds, for each merged lexicon, what that lexicon finds alone', () => {
    const merged = mergeMatchers(matchers);
    for (const text of seeds) {
      const tokens = defaultTokenizer().tokenize(text);
      const together = matchAll(tokens, merged);
      matchers.forEach((m, k) => expect(together[k]).toEqual(matchCues(tokens, m)));
    }
  });
  it('keeps each lexicon’s longest match, and one-word cues on the words they leave free', () => {
    const tk = new Tokenizer(defaultTokenizer().lexicon);
    const a = createCueMatcher<string>();
    const b = createCueMatcher<string>();
    const keep = (old: string) => old;
    addCue(a, 'دعم عسكري', 'a:phrase', tk, keep);
    addCue(a, 'سخي', 'a:word', tk, keep);
    addCue(b, 'دعم', 'b:word', tk, keep);
    addCue(b, 'دعم عسكري سخي', 'b:phrase', tk, keep);
    const tokens = tk.tokenize('قدمت تركيا دعما عسكريا سخيا');
    const [x, y] = matchAll(tokens, mergeMatchers([a, b] as CueMatcher<unknown>[]));
    expect(x!.map((m) => [m.from, m.to, m.value])).toEqual([[2, 4, 'a:phrase'], [4, 5, 'a:word']]);
    expect(y!.map((m) => [m.from, m.to, m.value])).toEqual([[2, 5, 'b:phrase']]);
  });
  it('lets a phrase be split after its first word where the gap finder says so', () => {
    const tk = new Tokenizer(defaultTokenizer().lexicon);
    const m = createCueMatcher<string>();
    addCue(m, 'تخلت عن', 'abandon', tk, (old) => old);
    const tokens = tk.tokenize('تخلت فرنسا عن حلفائها');
    expect(matchCues(tokens, m)).toEqual([]);
    expect(matchCues(tokens, m, (from) => (from === 1 ? 2 : null))).toEqual([{ from: 0, to: 3, value: 'abandon', gap: [1, 2] }]);
  });
  it('gives the same answers whichever matcher read a form first (the memo is per matcher)', () => {
    const text = seeds[4]!;
    const tokens = defaultTokenizer().tokenize(text);
    const fresh = (k: number) => matchAll(new Tokenizer(defaultTokenizer().lexicon).tokenize(text), mergeMatchers([matchers[k]!]))[0];
    const one = mergeMatchers([matchers[0]!]);
    const two = mergeMatchers([matchers[1]!]);
    for (let r = 0; r < 2; r++) {
      expect(matchAll(tokens, one)[0]).toEqual(fresh(0));
      expect(matchAll(tokens, two)[0]).toEqual(fresh(1));
    }
  });
});

describe('verbForms', () => {
  it.each([
    ['نجح', ['نجحت', 'نجحوا', 'ينجح', 'تنجح', 'ينجحون', 'ينجحوا', 'ينجحان']],
    ['أخفق', ['أخفقت', 'يخفق', 'تخفق', 'يخفقون']],
    ['التزم', ['التزمت', 'التزموا', 'يلتزم', 'تلتزم', 'يلتزمون']],
    ['تخلى', ['تخلت', 'تخلوا', 'يتخلى', 'تتخلى', 'يتخلون', 'يتخل', 'تتخل']],
    ['اشترى', ['اشترت', 'يشتري', 'تشتري', 'يشترون', 'يشتر']],
  ])('%s', (past, forms) => {
    const got = verbForms(past);
    expect(got[0]).toBe(past);
    for (const f of forms) expect(got).toContain(f);
    expect(new Set(got).size).toBe(got.length);
  });
  it('gives every form of the bundled verbs to one cue only', () => {
    const seen = new Map<string, string>();
    for (const cue of STANCE_CUES) {
      for (const v of cue.verbs ?? []) {
        for (const f of verbForms(v)) {
          expect(seen.get(f) ?? cue.id, `${f} of ${v}`).toBe(cue.id);
          seen.set(f, cue.id);
        }
      }
    }
  });
});

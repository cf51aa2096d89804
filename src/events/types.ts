import type { Span } from '../normalize/normalized-text';

/** One CAMEO code as marsad ships it (see `src/events/data/cameo.ts`). */
export interface CameoEntry {
  /** The code's name in the CAMEO codebook (`Provide military aid`). */
  readonly description: string;
  /** GDELT's Goldstein conflict-cooperation weight, -10 to +10. */
  readonly goldstein: number;
  /** The PLOVER 0.8 event category, mode and context ('' when the table leaves one empty; null when it has no row for the code). */
  readonly plover: {
    /** The PLOVER event category (`AID`, `CONSULT`, ...). */
    readonly event: string;
    /** How it is done (`visit`, `phone`, ...), or `''`. */
    readonly mode: string;
    /** In which domain (`military`, `diplomatic`, ...), or `''`. */
    readonly context: string;
  } | null;
}

/**
 * How the actors of an event stand around its trigger:
 * - `directed`: the one who acts (the subject) does it to or for the target (`أرسلت الجزائر
 *   أسلحة إلى مالي`, `زار غويتا موسكو`, `اتهمت باماكو الجزائر`);
 * - `receive`: the subject receives from the source (`حصلت مالي على أسلحة من روسيا`);
 * - `mutual`: the parties act together (`التعاون العسكري بين المغرب ومالي`, `وقع البلدان`).
 */
export type EventRoles = 'directed' | 'receive' | 'mutual';

/**
 * How a word or phrase marks the actor after it: `to` (إلى، ل، نحو، لصالح), `on` (على، ضد), `bi`
 * (ب), `from` (من، من قبل), `with` (مع، برفقة، بمعية), `between` (بين), `in` (في: a place).
 */
export type EventMarker = 'to' | 'on' | 'bi' | 'from' | 'with' | 'between' | 'in';

/**
 * One event trigger (typed data, see `EVENT_CUES`). The forms tell where the subject stands: after
 * a finite verb, an actor that no preposition governs is its subject when none came before
 * (`أرسلت الجزائر`); after a masdar it is the object (`إمداد مالي بالعتاد`); after a noun it
 * says whose the thing is (`مساعدات عسكرية جزائرية`, `زيارة غويتا`).
 */
export interface EventCue {
  /** Stable id, `family.name`. */
  readonly id: string;
  /** The CAMEO 1.1b3 code (Goldstein and PLOVER follow from it). */
  readonly cameo: string;
  /** How its actors stand around the trigger; it decides who is source and who is target. */
  readonly roles: EventRoles;
  /** Finite verb forms (`أرسلت`, `يرسل`): an actor after one that no preposition governs is its subject, when none came before. */
  readonly verbs?: readonly string[];
  /** Masdars, verbal nouns (`إرسال`, `تزويد`): an actor after one is its object (`إمداد مالي بالعتاد`). */
  readonly masdars?: readonly string[];
  /** Nouns of the thing itself (`مساعدات عسكرية`): an actor after one says whose it is (`مساعدات عسكرية جزائرية`). */
  readonly nouns?: readonly string[];
  /** The trigger counts only when one of these words follows within a few words (`أرسلت ... أسلحة`). */
  readonly needs?: readonly string[];
  /** For `directed` cues: the markers a target may carry (default `to`, `on`, `bi`, `with`, `between`). */
  readonly targetMarkers?: readonly EventMarker[];
  /** Only actors of these types take part (states cooperate; the armed group they face does not). Default: all. */
  readonly partyTypes?: readonly EventPartyType[];
}

/** The actor types that take part in events (a leader counts for his state). */
export type EventPartyType = 'state' | 'igo' | 'armed_group' | 'rebel_movement' | 'pmc';

/** How an event is told. */
export type EventModality = 'asserted' | 'negated' | 'future' | 'reported';

/** Where an event is told: the trigger words (through the word it needs), and the cue. */
export interface EventTrigger extends Span {
  /** `text.slice(start, end)`. */
  text: string;
  /** The cue id (`aid.military.transfer`). */
  cue: string;
}

/**
 * Who does what to whom, coded as CAMEO/PLOVER event data. Its Goldstein value is the event's
 * valence, kept apart from stance: an arms delivery is cooperation (+8.3) even when the author
 * frames it as a pretext.
 */
export interface ActorEvent {
  /** Who acts (actor ids; a leader counts for his state). For `mutual` events, the first party. */
  source: string[];
  /** Who it is done to or for; for `mutual` events, the other parties. */
  target: string[];
  /** The parties act together (agreements, cooperation, talks): source and target are interchangeable. */
  mutual: boolean;
  /** The CAMEO 1.1b3 code. */
  cameo: string;
  /** The code's name in the CAMEO codebook (`Provide military aid`). */
  description: string;
  /** GDELT's Goldstein weight of the code, -10 (conflict) to +10 (cooperation). */
  goldstein: number;
  /** PLOVER 0.8 event, mode and context, or null where the table has no row for the code. */
  plover: {
    /** The PLOVER event category (`AID`, `CONSULT`, ...). */
    event: string;
    /** How it is done (`visit`, `phone`, ...), or `''`. */
    mode: string;
    /** In which domain (`military`, `diplomatic`, ...), or `''`. */
    context: string;
  } | null;
  /**
   * `negated` (`لم ترسل`, `نفت إرسال`, `فشلت في`), `future` (`سترسل`, `وعدت`, `تعتزم`), `reported`
   * (a quoted holder says it), or `asserted` (the outlet says it happened).
   */
  modality: EventModality;
  /** `author`, or the holder who reports it (see `attributions`). */
  holder: string;
  /** The first place the text tells it. */
  trigger: EventTrigger;
  /** Every place the text tells the same event (same actors, code, modality and holder), in text order. */
  evidence: EventTrigger[];
}

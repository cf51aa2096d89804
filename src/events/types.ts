/** One CAMEO code as marsad ships it (see `src/events/data/cameo.ts`). */
export interface CameoEntry {
  readonly description: string;
  /** GDELT's Goldstein conflict-cooperation weight, -10 to +10. */
  readonly goldstein: number;
  /** The PLOVER 0.8 event category, mode and context ('' when the table leaves one empty; null when it has no row for the code). */
  readonly plover: { readonly event: string; readonly mode: string; readonly context: string } | null;
}

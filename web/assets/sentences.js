// sentences.js splits a draft into sentences with the browser's own
// Unicode sentence segmentation (Intl.Segmenter, UAX #29), keeping each
// sentence's UTF-16 offsets in the draft so marks land on the right text.

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** wordy is true for text with at least one letter or digit. */
const wordy = /[\p{L}\p{N}]/u;

/**
 * abbreviation matches a piece that ends in a title, a short form or an
 * initial, after which UAX #29 breaks although the sentence goes on
 * ("Mr. Putin", "Gen. Gerasimov", "John F. Kennedy", "Sept. 9").
 */
const abbreviation = /(?:^|[\s(])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Sgt|Gov|Sen|Rep|Pres|Amb|Rev|Hon|St|Mt|Ft|Jr|Sr|No|Nos|vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|\p{Lu})\.\s*$/u;

/**
 * split returns the draft's sentences as {text, start, end}: text trimmed
 * of surrounding white space, [start, end) its UTF-16 offsets in draft.
 * A line break ends a sentence too, so a headline or list item without a
 * full stop is not run into the next line. Pieces without a letter or digit
 * are left out.
 */
export function split(draft) {
  const out = [];
  let lineStart = 0;
  for (const line of draft.split('\n')) {
    let from = -1; // start of a sentence held open by an abbreviation
    for (const seg of segmenter.segment(line)) {
      const start = from >= 0 ? from : seg.index;
      const end = seg.index + seg.segment.length;
      if (abbreviation.test(line.slice(start, end)) && end < line.length) {
        from = start;
        continue;
      }
      from = -1;
      const piece = line.slice(start, end);
      const text = piece.trim();
      if (!wordy.test(text)) continue;
      const at = lineStart + start + piece.indexOf(text);
      out.push({ text, start: at, end: at + text.length });
    }
    lineStart += line.length + 1;
  }
  return out;
}

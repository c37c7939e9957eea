// sentences.js splits a draft into sentences with the browser's own
// Unicode sentence segmentation (Intl.Segmenter, UAX #29), keeping each
// sentence's UTF-16 offsets in the draft so marks land on the right text.

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** wordy is true for text with at least one letter or digit. */
const wordy = /[\p{L}\p{N}]/u;

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
    for (const seg of segmenter.segment(line)) {
      const text = seg.segment.trim();
      if (!wordy.test(text)) continue;
      const start = lineStart + seg.index + seg.segment.indexOf(text);
      out.push({ text, start, end: start + text.length });
    }
    lineStart += line.length + 1;
  }
  return out;
}

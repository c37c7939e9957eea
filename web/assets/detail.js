// detail.js renders what the service says about a statement: the verdict,
// confidence and explanation, each evidence item inside its source
// paragraph with the quoted words highlighted, and each inconsistency with
// the stated and the correct value and the reference's citation.

import { el, append, link, srOnly } from './dom.js';
import * as L from './labels.js';
import { fetchDocument, paragraph, span16 } from './documents.js';

/**
 * highlighted renders text[from, to) with the sentence [sStart, sEnd) and
 * the quote [qStart, qEnd) inside it marked; offsets are UTF-16 in text.
 */
function highlighted(text, from, to, sentence, quote) {
  const cuts = new Set([from, to]);
  for (const r of [sentence, quote]) {
    if (!r) continue;
    cuts.add(Math.min(Math.max(r.start, from), to));
    cuts.add(Math.min(Math.max(r.end, from), to));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    const piece = text.slice(a, b);
    const inQuote = quote && a >= quote.start && b <= quote.end;
    const inSentence = sentence && a >= sentence.start && b <= sentence.end;
    if (inQuote) out.push(el('mark', { class: 'quote' }, srOnly('[quoted: '), piece, srOnly(']')));
    else if (inSentence) out.push(el('span', { class: 'quoted-sentence' }, piece));
    else out.push(piece);
  }
  return out;
}

/** sourceLine is the article's headline, publisher, date and link. */
function sourceLine(doc, fallbackPublisher) {
  if (!doc) return el('p', { class: 'source' }, fallbackPublisher || '');
  const bits = [];
  bits.push(el('cite', {}, link(doc.url, doc.headline || doc.id)));
  const publisher = doc.publisher || fallbackPublisher;
  if (publisher) bits.push(', ', publisher);
  const d = L.date(doc.published);
  if (d) bits.push(', ', el('time', { datetime: doc.published }, d));
  return el('p', { class: 'source' }, bits);
}

/** citation renders a reference fact's citation. */
function citation(c) {
  if (!c) return null;
  const bits = ['Source: ', link(c.url, c.title || c.url)];
  if (c.publisher) bits.push(', ', c.publisher);
  const d = L.date(c.accessed);
  if (d) bits.push(` (read ${d})`);
  return el('p', { class: 'citation' }, bits);
}

/**
 * evidenceItem renders one Evidence. For a claim it shows the quoted
 * sentence at once and, when the document arrives, its whole paragraph
 * with the sentence and the quote highlighted.
 */
export function evidenceItem(ev) {
  const stanceCls = ev.stance === 'STANCE_REFUTES' ? 'refutes' : ev.stance === 'STANCE_SUPPORTS' ? 'supports' : 'related';
  const head = el('p', { class: 'ev-head' }, el('span', { class: `badge ${stanceCls}` }, L.stance(ev.stance)));
  const item = el('li', { class: `evidence ${stanceCls}` }, head);
  if (ev.kind === 'EVIDENCE_KIND_REFERENCE_FACT') {
    head.append(' · reference fact');
    append(item, [el('blockquote', { class: 'fact' }, ev.text || ''), citation(ev.citation)]);
    return item;
  }
  head.append(' · claim ', el('code', {}, ev.claimId || ''));
  const sentence = span16(ev.span);
  const quote = span16(ev.quoteSpan) || sentence;
  const text = ev.text || '';
  // Until the document arrives: the sentence alone, quote marked inside it.
  const para = el('blockquote', { class: 'source-para' });
  if (sentence) {
    para.append(...highlighted(text, 0, text.length, { start: 0, end: text.length },
      quote && { start: quote.start - sentence.start, end: quote.end - sentence.start }));
  } else {
    para.append(text);
  }
  const src = sourceLine(null, ev.attribution && ev.attribution.publisher);
  item.append(para, el('dl', { class: 'facts' },
    el('dt', {}, 'Said by'), el('dd', { class: 'speaker' }, L.speaker(ev.attribution)),
    el('dt', {}, 'Hedge'), el('dd', { class: 'hedge' }, L.hedge(ev.hedge)),
  ), src);
  if (ev.documentId) {
    fetchDocument(ev.documentId).then((doc) => {
      const full = (doc && doc.text) || '';
      if (sentence && full.slice(sentence.start, sentence.end) === text) {
        const { from, to } = paragraph(full, sentence.start, sentence.end);
        para.replaceChildren(...highlighted(full, from, to, sentence, quote));
      }
      src.replaceWith(sourceLine(doc, ev.attribution && ev.attribution.publisher));
    }, (err) => {
      src.append(el('span', { class: 'error-inline' }, ` (the article could not be fetched: ${err.message})`));
    });
  }
  return item;
}

/** inconsistencyItem renders one Inconsistency with its correction. */
export function inconsistencyItem(inc) {
  const sev = L.severity(inc.severity);
  const item = el('li', { class: `finding sev-${sev}` },
    el('p', { class: 'finding-head' },
      el('span', { class: 'icon', 'aria-hidden': 'true' }, '⚠'), ' ',
      el('strong', {}, L.inconsistencyKind(inc.kind)), ` (${sev} severity)`),
    inc.message ? el('p', { class: 'finding-message' }, inc.message) : null);
  if (inc.statedValue || inc.correctValue) {
    item.append(el('dl', { class: 'values' },
      el('dt', {}, 'Stated'), el('dd', { class: 'stated' }, inc.statedValue || '—'),
      el('dt', {}, 'Correct'), el('dd', { class: 'correct' }, inc.correctValue || '—')));
  }
  const correction = inc.correction || [];
  if (correction.length > 0) {
    item.append(el('p', { class: 'sub-head' }, 'Correction'),
      el('ul', { class: 'evidence-list' }, correction.map(evidenceItem)));
  }
  return item;
}

/** partsList renders a statement's clauses with their verdicts, when there are several. */
function partsList(parts) {
  if (!parts || parts.length < 2) return null;
  return [el('h4', {}, 'Clauses'), el('ol', { class: 'parts' }, parts.map((p) => {
    const v = L.verdict(p.verdict);
    return el('li', {},
      el('span', { class: `mark ${v.cls}` }, el('span', { class: 'icon', 'aria-hidden': 'true' }, v.icon), ` ${v.label}`),
      ' ', el('q', {}, p.text || ''), p.reason ? ` — ${p.reason}` : '');
  }))];
}

/**
 * result renders a CheckClaimResponse for statement. extra (optional) is
 * appended under the verdict (an export button).
 */
export function result(statement, res, extra) {
  const v = L.verdict(res.verdict);
  const out = [
    el('blockquote', { class: 'statement' }, statement),
    el('p', { class: 'verdict-line' },
      el('span', { class: `mark big ${v.cls}`, 'data-verdict': res.verdict || '' },
        el('span', { class: 'icon', 'aria-hidden': 'true' }, v.icon), ` ${v.label}`),
      ' ', el('span', { class: 'confidence' }, `confidence ${L.confidence(res.confidence)}`),
      res.asOf ? [' · as of ', el('time', { datetime: res.asOf }, L.date(res.asOf))] : null),
    el('p', { class: 'explanation' }, res.explanation || ''),
    extra || null,
  ];
  const incs = res.inconsistencies || [];
  if (incs.length > 0) out.push(el('h4', {}, 'Errors found'), el('ul', { class: 'findings' }, incs.map(inconsistencyItem)));
  const parts = partsList(res.parts);
  if (parts) out.push(...parts);
  const evidence = res.evidence || [];
  out.push(el('h4', {}, `Evidence (${evidence.length})`));
  out.push(evidence.length > 0
    ? el('ul', { class: 'evidence-list' }, evidence.map(evidenceItem))
    : el('p', { class: 'hint' }, 'No stored claim or reference fact bears on this sentence.'));
  return out;
}

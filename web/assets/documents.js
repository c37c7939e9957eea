// documents.js keeps the documents the page has fetched, so evidence from
// one article costs one GetDocument however many sentences quote it.

import { getDocument } from './api.js';

const limit = 64;
const cache = new Map();

/** fetchDocument returns a promise of the document with its text. */
export function fetchDocument(id) {
  let p = cache.get(id);
  if (!p) {
    if (cache.size >= limit) cache.delete(cache.keys().next().value);
    p = getDocument(id);
    cache.set(id, p);
    p.catch(() => cache.delete(id));
  }
  return p;
}

/** forget drops every cached document (after an article is added). */
export function forget() {
  cache.clear();
}

/**
 * paragraph returns the paragraph of text around [start, end) (UTF-16
 * offsets): from the line break before start to the one after end.
 */
export function paragraph(text, start, end) {
  const from = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
  let to = text.indexOf('\n', end);
  if (to < 0) to = text.length;
  return { from, to };
}

/** span16 returns a span's UTF-16 offsets, or null when it is empty. */
export function span16(s) {
  if (!s) return null;
  const start = Number(s.startUtf16) || 0;
  const end = Number(s.endUtf16) || 0;
  return end > start ? { start, end } : null;
}

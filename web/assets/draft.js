// draft.js is the "Check a draft" view: the editor types, and when they
// pause every sentence not yet checked goes to the service in ONE streamed
// request; each sentence gets a mark by verdict (an icon and, for screen
// readers, words as well as a colour) and opens its detail when chosen.

import { $, el, append, clear, showError, srOnly } from './dom.js';
import { checkMany } from './api.js';
import { split } from './sentences.js';
import * as L from './labels.js';
import { result as renderResult } from './detail.js';

/** pauseMs is how long the editor must stop typing before a check. */
export const pauseMs = 300;
/** maxSentences bounds one request; a longer draft is checked in part. */
export const maxSentences = 500;
const cacheLimit = 4000;

/** DraftView runs the "Check a draft" view: the text area, the marked sentences and the detail. */
export class DraftView {
  /**
   * exporter(statement, result) returns an element (the ClaimReview
   * export) or null; claimReview asks the service for one with each answer.
   */
  constructor({ exporter = () => null, claimReview = false } = {}) {
    this.exporter = exporter;
    this.claimReview = claimReview; // ask for each answer as ClaimReview too
    this.textarea = $('draft');
    this.asOf = $('as-of');
    this.marked = $('marked');
    this.status = $('draft-status');
    this.error = $('draft-error');
    this.detail = $('detail');
    this.layout = $('draft-layout');
    this.detailTitle = $('detail-title');
    this.detailBody = $('detail-body');
    // key (asOf + NUL + sentence) -> {state: 'pending'|'done'|'error', result, message, retry}
    this.cache = new Map();
    this.sentences = [];
    this.selected = null; // the sentence shown in the detail panel
    this.drawn = ''; // what the marked draft shows, to redraw only on a change
    this.timer = 0;
    this.nextId = 1;
    this.pausedAt = 0; // performance.now() of the last edit
    this.renderQueued = false;
    this.marked.dataset.pauseMs = String(pauseMs);

    this.textarea.addEventListener('input', () => this.edited());
    this.textarea.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        this.pausedAt = performance.now();
        this.flush();
      }
    });
    this.asOf.addEventListener('change', () => {
      this.pausedAt = performance.now();
      this.render();
      this.flush();
    });
    $('as-of-clear').addEventListener('click', () => {
      this.asOf.value = '';
      this.pausedAt = performance.now();
      this.render();
      this.flush();
    });
    this.marked.addEventListener('click', (e) => this.choose(e.target));
    this.marked.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        this.choose(e.target);
      }
    });
    window.addEventListener('factcheck:corpus-changed', () => {
      this.cache.clear();
      this.render();
      this.flush();
    });
    $('detail-close').addEventListener('click', () => this.closeDetail());
    this.detail.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.closeDetail();
    });
    this.render();
  }

  /** asOfTimestamp is the chosen moment as RFC 3339, or '' for none. */
  asOfTimestamp() {
    const v = this.asOf.value;
    return /^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : '';
  }

  key(text) {
    return `${this.asOfTimestamp()}\u0000${text}`;
  }

  edited() {
    this.pausedAt = performance.now();
    this.marked.dataset.state = 'edited';
    this.render();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), pauseMs);
  }

  remember(key, entry) {
    this.cache.delete(key);
    this.cache.set(key, entry);
    while (this.cache.size > cacheLimit) this.cache.delete(this.cache.keys().next().value);
  }

  /** flush sends every sentence without an answer in one request. */
  async flush() {
    clearTimeout(this.timer);
    const asOf = this.asOfTimestamp();
    const wanted = [];
    const seen = new Set();
    for (const s of this.sentences) {
      const key = this.key(s.text);
      const c = this.cache.get(key);
      if (seen.has(key) || (c && !(c.state === 'error' && c.retry))) continue;
      seen.add(key);
      wanted.push({ key, statement: s.text });
    }
    if (wanted.length === 0) {
      this.render();
      return;
    }
    const batch = wanted.slice(0, maxSentences);
    const byId = new Map();
    const items = batch.map((w) => {
      const id = `s${this.nextId++}`;
      byId.set(id, w.key);
      this.remember(w.key, { state: 'pending' });
      return { id, statement: w.statement };
    });
    showError(this.error, '');
    this.render();
    const sent = performance.now();
    try {
      await checkMany(items, { asOf, claimReview: this.claimReview }, (id, res, message) => {
        const key = byId.get(id);
        if (!key) return;
        this.remember(key, res ? { state: 'done', result: res } : { state: 'error', message, retry: false });
        this.queueRender();
      });
    } catch (err) {
      for (const key of byId.values()) {
        const c = this.cache.get(key);
        if (!c || c.state === 'pending') this.remember(key, { state: 'error', message: err.message, retry: true });
      }
      showError(this.error, `${err.message} The marked sentences will be checked again when you next pause.`);
    }
    // How long the last request took, sent to last answer, for whoever measures.
    this.marked.dataset.requestMs = (performance.now() - sent).toFixed(0);
    this.marked.dataset.requestItems = String(items.length);
    this.render();
    if (wanted.length > batch.length) this.flush();
  }

  queueRender() {
    if (this.renderQueued) return;
    this.renderQueued = true;
    requestAnimationFrame(() => {
      this.renderQueued = false;
      this.render();
    });
  }

  /** render redraws the marked draft, the status line and the open detail. */
  render() {
    const text = this.textarea.value;
    this.sentences = split(text);
    const hadFocus = this.marked.contains(document.activeElement) ? document.activeElement.dataset.key : null;
    const nodes = [];
    let at = 0;
    const counts = { done: 0, pending: 0, error: 0, unchecked: 0, VERDICT_SUPPORTED: 0, VERDICT_CONTRADICTED: 0, VERDICT_NOT_ENOUGH_INFO: 0 };
    let refocus = null;
    const selectedKey = this.selected === null ? null : this.key(this.selected);
    const sig = [text];
    this.sentences.forEach((s, index) => {
      if (s.start > at) nodes.push(text.slice(at, s.start));
      const key = this.key(s.text);
      const c = this.cache.get(key);
      let look;
      let label;
      if (!c) {
        counts.unchecked++;
        look = { cls: 'v-unchecked', icon: '·' };
        label = 'Not checked yet';
      } else if (c.state === 'pending') {
        counts.pending++;
        look = L.pending;
        label = L.pending.label;
      } else if (c.state === 'error') {
        counts.error++;
        look = L.failed;
        label = `${L.failed.label}: ${c.message}`;
      } else {
        counts.done++;
        counts[c.result.verdict] = (counts[c.result.verdict] || 0) + 1;
        look = L.verdict(c.result.verdict);
        label = look.label;
      }
      const mark = el('span', {
        class: `mark sentence ${look.cls}${key === selectedKey ? ' selected' : ''}`,
        role: 'button',
        tabindex: '0',
        'data-key': key,
        'data-index': String(index),
        'data-verdict': c && c.state === 'done' ? c.result.verdict : c ? c.state : 'unchecked',
        'aria-expanded': key === selectedKey ? 'true' : 'false',
        'aria-controls': 'detail',
        title: label,
      }, el('span', { class: 'icon', 'aria-hidden': 'true' }, look.icon), srOnly(`${label}: `), s.text);
      if (hadFocus === key) refocus = mark;
      nodes.push(mark);
      sig.push(`${mark.className}\u0001${mark.dataset.verdict}\u0001${label}`);
      at = s.end;
    });
    if (at < text.length) nodes.push(text.slice(at));
    // Redraw only when something shown changed: answers arriving for other
    // sentences must not move the reader's focus or the nodes under them.
    const drawn = sig.join('\u0002');
    if (drawn !== this.drawn) {
      this.drawn = drawn;
      this.marked.replaceChildren(...nodes);
      if (refocus) refocus.focus();
    }
    this.report(counts);
    if (this.selected !== null && !this.sentences.some((x) => x.text === this.selected)) {
      // The sentence was edited away: its answer no longer describes the draft.
      this.selected = null;
      this.detail.hidden = true;
      this.layout.classList.remove('open');
      delete this.detail.dataset.key;
    }
    if (this.selected !== null) this.showDetail(this.selected, false);
  }

  report(counts) {
    const total = this.sentences.length;
    const m = this.marked;
    m.dataset.total = String(total);
    m.dataset.done = String(counts.done + counts.error);
    if (total === 0) {
      m.dataset.state = 'empty';
      this.status.textContent = 'Nothing to check yet.';
      return;
    }
    if (counts.pending > 0 || counts.unchecked > 0) {
      m.dataset.state = 'checking';
      this.status.textContent = counts.pending > 0 ? `Checking ${counts.pending} of ${total} sentences…` : `${total} sentences; checking when you pause.`;
      return;
    }
    const elapsed = this.pausedAt ? performance.now() - this.pausedAt : 0;
    if (m.dataset.state !== 'done') m.dataset.elapsedMs = elapsed.toFixed(0);
    m.dataset.state = 'done';
    const parts = [
      [counts.VERDICT_CONTRADICTED, 'contradicted'],
      [counts.VERDICT_SUPPORTED, 'supported'],
      [counts.VERDICT_NOT_ENOUGH_INFO, 'not enough information'],
      [counts.error, 'not checked'],
    ].filter(([n]) => n > 0).map(([n, w]) => `${n} ${w}`);
    this.status.textContent = `${total} ${total === 1 ? 'sentence' : 'sentences'}: ${parts.join(', ')}. Marked ${(Number(m.dataset.elapsedMs) / 1000).toFixed(2)} s after you paused.`;
  }

  choose(target) {
    const mark = target.closest && target.closest('.sentence');
    if (!mark || !this.marked.contains(mark)) return;
    const s = this.sentences[Number(mark.dataset.index)];
    if (!s) return;
    this.selected = s.text;
    const selectedKey = this.key(s.text);
    for (const m of this.marked.querySelectorAll('.sentence')) {
      const on = m.dataset.key === selectedKey;
      m.classList.toggle('selected', on);
      m.setAttribute('aria-expanded', on ? 'true' : 'false');
    }
    this.showDetail(this.selected, true);
  }

  /** showDetail shows what the service said of statement, at the chosen date. */
  showDetail(statement, focus) {
    const key = this.key(statement);
    const c = this.cache.get(key);
    const shownState = c ? (c.state === 'done' ? 'done' : c.state) : 'none';
    // Re-render only when the answer changed, so reading is not disturbed.
    if (!focus && this.detail.dataset.key === key && this.detail.dataset.state === shownState) return;
    this.detail.dataset.key = key;
    this.detail.dataset.state = shownState;
    clear(this.detailBody);
    this.detailTitle.textContent = 'Sentence';
    if (!c) {
      this.detailBody.append(el('blockquote', { class: 'statement' }, statement), el('p', {}, 'Not checked yet: pause typing or press Ctrl+Enter.'));
    } else if (c.state === 'pending') {
      this.detailBody.append(el('blockquote', { class: 'statement' }, statement), el('p', {}, 'Checking…'));
    } else if (c.state === 'error') {
      this.detailBody.append(el('blockquote', { class: 'statement' }, statement), el('p', { class: 'error', role: 'alert' }, `This sentence was not checked. ${c.message}`));
    } else {
      append(this.detailBody, renderResult(statement, c.result, this.exporter(statement, c.result)));
    }
    this.detail.hidden = false;
    this.layout.classList.add('open');
    if (focus) {
      // Beside the draft on a wide screen, under it on a narrow one.
      this.detail.focus({ preventScroll: true });
      if (!matchMedia('(min-width: 64rem)').matches) this.detail.scrollIntoView({ block: 'start' });
      else this.detail.scrollTop = 0;
    }
  }

  closeDetail() {
    const key = this.selected === null ? null : this.key(this.selected);
    this.selected = null;
    this.detail.hidden = true;
    this.layout.classList.remove('open');
    delete this.detail.dataset.key;
    this.render();
    const mark = [...this.marked.querySelectorAll('.sentence')].find((m) => m.dataset.key === key);
    (mark || this.textarea).focus();
  }
}

// article.js is the "Read an article" view: the stored documents, and one
// document's text with each claim's span and each audit finding marked,
// the findings listed beside it with their corrections.

import { $, el, append, clear, showError, srOnly, link } from './dom.js';
import * as api from './api.js';
import * as L from './labels.js';
import { inconsistencyItem } from './detail.js';
import { claimReviewExport } from './export.js';
import { span16 } from './documents.js';

/** ArticleView runs the "Read an article" view: the list and one article with its claims and findings. */
export class ArticleView {
  /** claimReview asks for each finding as ClaimReview, to export it. */
  constructor({ claimReview = false } = {}) {
    this.claimReview = claimReview;
    this.list = $('doc-list');
    this.listStatus = $('doc-list-status');
    this.error = $('read-error');
    this.doc = $('doc');
    this.head = $('doc-head');
    this.text = $('doc-text');
    this.findings = $('doc-findings');
    this.claims = $('doc-claims');
    this.claimsCount = $('doc-claims-count');
    this.claimsBox = $('doc-claims-box');
    this.loading = null;
    this.text.addEventListener('click', (e) => this.pick(e.target));
    this.text.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        const t = e.target.closest && e.target.closest('.finding');
        if (t) {
          e.preventDefault();
          this.pick(t);
        }
      }
    });
  }

  /** show lists the documents and opens id, if given. */
  async show(id) {
    showError(this.error, '');
    await this.loadList();
    if (id) await this.open(id);
    else this.doc.hidden = true;
  }

  async loadList() {
    this.listStatus.textContent = 'Loading the stored articles…';
    try {
      const docs = await api.listDocuments();
      clear(this.list);
      for (const d of docs) {
        const meta = [d.publisher, L.date(d.published), `${d.claimCount || 0} claims`].filter(Boolean).join(' · ');
        this.list.append(el('li', {},
          el('a', { href: `#read/${encodeURIComponent(d.id)}`, 'data-id': d.id }, d.headline || d.id),
          el('span', { class: 'meta' }, meta)));
      }
      this.listStatus.textContent = docs.length === 1 ? '1 article.' : `${docs.length} articles.`;
    } catch (err) {
      this.listStatus.textContent = '';
      showError(this.error, `The articles could not be listed. ${err.message}`);
    }
  }

  async open(id) {
    if (this.loading) this.loading.abort();
    const ctl = new AbortController();
    this.loading = ctl;
    for (const a of this.list.querySelectorAll('a')) {
      if (a.dataset.id === id) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
    this.doc.hidden = false;
    this.doc.setAttribute('aria-busy', 'true');
    clear(this.head).append(el('p', {}, 'Loading…'));
    clear(this.text);
    clear(this.findings);
    clear(this.claims);
    try {
      const [doc, claims, incs] = await Promise.all([
        api.getDocument(id, ctl.signal),
        api.listClaims(id, ctl.signal),
        api.listInconsistencies(id, ctl.signal, this.claimReview),
      ]);
      if (ctl.signal.aborted) return;
      this.render(doc, claims, incs);
    } catch (err) {
      if (err.name === 'AbortError') return;
      clear(this.head);
      showError(this.error, `The article could not be opened. ${err.message}`);
      this.doc.hidden = true;
    } finally {
      this.doc.removeAttribute('aria-busy');
    }
  }

  render(doc, claims, incs) {
    append(clear(this.head), [
      el('h3', { id: 'doc-title' }, doc.headline || doc.id),
      el('p', { class: 'source' }, [doc.publisher, L.date(doc.published)].filter(Boolean).join(', '),
        doc.url ? [' · ', link(doc.url, 'original')] : null),
      doc.dateNote ? el('p', { class: 'hint' }, doc.dateNote) : null]);
    const text = doc.text || '';
    // Intervals: claim spans and the spans each finding involves here.
    const claimSpans = [];
    for (const c of claims) {
      const s = span16(c.span);
      if (s) claimSpans.push({ ...s, id: c.id });
    }
    const findingSpans = [];
    incs.forEach((inc, i) => {
      for (const ev of inc.involved || []) {
        if (ev.documentId && ev.documentId !== doc.id) continue;
        const s = span16(ev.quoteSpan) || span16(ev.span);
        if (s) findingSpans.push({ ...s, index: i });
      }
    });
    const cuts = new Set([0, text.length]);
    const findingEnd = new Map(); // finding index -> where its last span ends
    for (const s of findingSpans) findingEnd.set(s.index, Math.max(findingEnd.get(s.index) ?? -Infinity, s.end));
    for (const s of [...claimSpans, ...findingSpans]) {
      cuts.add(Math.min(s.start, text.length));
      cuts.add(Math.min(s.end, text.length));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const nodes = [];
    const announced = new Set();
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i];
      const b = points[i + 1];
      const piece = text.slice(a, b);
      const inClaims = claimSpans.filter((s) => s.start <= a && b <= s.end).map((s) => s.id);
      const inFindings = [...new Set(findingSpans.filter((s) => s.start <= a && b <= s.end).map((s) => s.index))];
      let node = piece;
      if (inClaims.length > 0) node = el('span', { class: 'claim', 'data-claims': inClaims.join(' ') }, node);
      if (inFindings.length > 0) {
        const first = inFindings.filter((f) => !announced.has(f));
        first.forEach((f) => announced.add(f));
        node = el('mark', {
          class: 'finding',
          role: 'button',
          tabindex: '0',
          'data-findings': inFindings.join(' '),
          'aria-describedby': inFindings.map((f) => `finding-${f}`).join(' '),
        },
        first.length > 0 ? [el('span', { class: 'icon', 'aria-hidden': 'true' }, '⚠'), srOnly(`audit finding ${first.map((f) => f + 1).join(', ')}: `)] : null,
        node);
      }
      nodes.push(node);
      // Beside the last piece of a finding: the correct value, in words.
      for (const f of inFindings) {
        const last = findingEnd.get(f);
        const inc = incs[f];
        if (b === Math.min(last, text.length) && inc.correctValue) {
          nodes.push(el('span', { class: 'fix', 'data-finding': f },
            el('span', { class: 'sr-only' }, 'correction: '),
            inc.statedValue ? el('del', {}, inc.statedValue) : null, ' → ', el('ins', {}, inc.correctValue)));
        }
      }
    }
    this.text.replaceChildren(...nodes);

    if (incs.length === 0) this.findings.append(el('li', { class: 'hint' }, 'The audit found nothing in this article.'));
    incs.forEach((inc, i) => {
      const item = inconsistencyItem(inc);
      item.id = `finding-${i}`;
      item.tabIndex = -1;
      const quoted = (inc.involved || []).filter((ev) => !ev.documentId || ev.documentId === doc.id);
      if (quoted.length > 0) {
        item.insertBefore(el('p', { class: 'involved' }, 'In the text: ', quoted.map((ev, j) => [j ? '; ' : '', el('q', {}, ev.quote || ev.text || '')])), item.children[1] || null);
      }
      const back = el('button', { type: 'button', class: 'link' }, 'Show in the text');
      back.addEventListener('click', () => {
        const m = this.text.querySelector(`mark[data-findings~="${i}"]`);
        if (m) {
          m.scrollIntoView({ block: 'center' });
          m.focus();
        }
      });
      item.append(back);
      if (inc.claimReview) item.append(claimReviewExport(inc.claimReview, inc.id || `finding-${i + 1}`));
      this.findings.append(item);
    });

    this.claimsCount.textContent = String(claims.length);
    for (const c of claims) {
      this.claims.append(el('li', { 'data-claim': c.id, tabindex: '-1' },
        el('p', {}, c.statement || c.text || ''),
        el('p', { class: 'meta' }, el('code', {}, c.id), ` · ${L.hedge(c.hedge)} · ${L.speaker(c.attribution)}`)));
    }
  }

  /** pick follows a click in the text: a finding focuses its card, a claim its entry. */
  pick(target) {
    if (!target.closest) return;
    const f = target.closest('.finding');
    if (f && this.text.contains(f)) {
      const card = document.getElementById(`finding-${f.dataset.findings.split(' ')[0]}`);
      if (card) {
        card.scrollIntoView({ block: 'nearest' });
        card.focus();
      }
      return;
    }
    const c = target.closest('.claim');
    if (c && this.text.contains(c)) {
      const id = c.dataset.claims.split(' ')[0];
      this.claimsBox.open = true;
      for (const li of this.claims.children) li.classList.toggle('selected', li.dataset.claim === id);
      const li = [...this.claims.children].find((x) => x.dataset.claim === id);
      if (li) {
        li.scrollIntoView({ block: 'nearest' });
        li.focus();
      }
    }
  }
}

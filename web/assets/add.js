// add.js is the "Add an article" view, shown only when the service offers
// CreateDocument: a dry run (validate_only) shows the claims the service
// would draw and what its audit finds; only then can the same article be
// added. The write token lives in the password field and in no storage:
// it is gone when the page is closed or reloaded.

import { $, el, append, clear, showError } from './dom.js';
import * as api from './api.js';
import * as L from './labels.js';
import { inconsistencyItem } from './detail.js';
import { forget } from './documents.js';

const fields = {
  headline: 'add-headline',
  publisher: 'add-publisher',
  published: 'add-published',
  language: 'add-language',
  url: 'add-url',
  text: 'add-text',
  id: 'add-id',
  document_id: 'add-id',
  documentId: 'add-id',
};

/** AddView runs the "Add an article" form: a dry run, then CreateDocument, with the token in memory only. */
export class AddView {
  constructor() {
    this.form = $('add-form');
    this.save = $('add-save');
    this.status = $('add-status');
    this.error = $('add-error');
    this.result = $('add-result');
    this.token = $('add-token');
    this.tried = ''; // the request last dry-run successfully
    this.busy = false;
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.send(true);
    });
    this.save.addEventListener('click', () => this.send(false));
    this.form.addEventListener('input', () => {
      this.save.disabled = this.busy || this.tried !== this.fingerprint();
    });
  }

  /** request builds a CreateDocumentRequest from the form. */
  request(validateOnly) {
    const v = (id) => $(id).value.trim();
    const published = v('add-published');
    const document = {
      headline: v('add-headline'),
      publisher: v('add-publisher'),
      url: v('add-url'),
      language: v('add-language') || 'en',
      text: $('add-text').value,
    };
    if (/^\d{4}-\d{2}-\d{2}$/.test(published)) document.published = `${published}T00:00:00Z`;
    const req = { document, validateOnly };
    const id = v('add-id');
    if (id) req.documentId = id;
    return req;
  }

  fingerprint() {
    return JSON.stringify(this.request(false));
  }

  markFields(violations) {
    for (const input of this.form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
    for (const v of violations || []) {
      const name = String(v.field || '').split('.').pop();
      const id = fields[name];
      if (id) $(id).setAttribute('aria-invalid', 'true');
    }
  }

  async send(validateOnly) {
    if (this.busy) return;
    const token = this.token.value.trim();
    showError(this.error, '');
    this.markFields([]);
    if (!token) {
      this.token.setAttribute('aria-invalid', 'true');
      showError(this.error, 'Enter the write token first.');
      this.token.focus();
      return;
    }
    const req = this.request(validateOnly);
    const fingerprint = this.fingerprint();
    this.busy = true;
    this.save.disabled = true;
    this.status.textContent = validateOnly ? 'Trying the article…' : 'Adding the article…';
    try {
      const res = await api.createDocument(req, token);
      this.render(res, validateOnly);
      if (validateOnly) {
        this.tried = fingerprint;
        this.status.textContent = 'Dry run done: nothing was stored. Check the claims and findings, then add the article.';
      } else {
        this.tried = '';
        forget();
        // Answers given before may change now: the views start afresh.
        window.dispatchEvent(new CustomEvent('factcheck:corpus-changed'));
        this.status.textContent = 'The article was added.';
      }
    } catch (err) {
      this.status.textContent = '';
      this.markFields(err.violations);
      showError(this.error, err.message);
    } finally {
      this.busy = false;
      this.save.disabled = this.tried !== this.fingerprint();
    }
  }

  render(res, validateOnly) {
    const doc = res.document || {};
    const claims = res.claims || [];
    const incs = res.inconsistencies || [];
    append(clear(this.result), [
      el('h3', {}, validateOnly ? 'Dry run' : 'Added'),
      el('p', {}, el('strong', {}, doc.headline || ''), ` · ${[doc.publisher, L.date(doc.published)].filter(Boolean).join(', ')}`,
        doc.id ? [' · id ', el('code', {}, doc.id)] : null,
        !validateOnly && doc.id ? [' · ', el('a', { href: `#read/${encodeURIComponent(doc.id)}` }, 'read it')] : null),
      el('h4', {}, `Claims drawn (${claims.length})`),
      claims.length > 0
        ? el('ol', { class: 'claims' }, claims.map((c) => el('li', {},
          el('p', {}, c.statement || c.text || ''),
          el('p', { class: 'meta' }, `${L.hedge(c.hedge)} · ${L.speaker(c.attribution)}`))))
        : el('p', { class: 'hint' }, 'No claim could be drawn from this text.'),
      el('h4', {}, `Audit findings (${incs.length})`),
      incs.length > 0 ? el('ul', { class: 'findings' }, incs.map(inconsistencyItem)) : el('p', { class: 'hint' }, 'The audit found nothing.'),
    ]);
  }
}

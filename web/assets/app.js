// app.js starts the page: it finds out which optional RPCs the service
// offers (from its OpenAPI description), wires the views and follows the
// address's #fragment: #draft, #read, #read/ID, #add.

import { $, showError } from './dom.js';
import * as api from './api.js';
import { DraftView } from './draft.js';
import { ArticleView } from './article.js';
import { claimReviewExport } from './export.js';

/**
 * capabilities reads the served OpenAPI description and says which
 * optional operations exist. Without it, only the core is used.
 */
async function capabilities() {
  const ops = new Set();
  const params = new Set(); // "operationId.parameter"
  let checkFields = {};
  try {
    const doc = await api.getJSON(api.paths.openapi);
    for (const item of Object.values(doc.paths || {})) {
      for (const op of Object.values(item || {})) {
        if (!op || !op.operationId) continue;
        ops.add(op.operationId);
        for (const p of op.parameters || []) params.add(`${op.operationId}.${p.name}`);
      }
    }
    checkFields = ((doc.definitions || {}).v1CheckClaimRequest || {}).properties || {};
  } catch {
    // No description: the optional parts stay hidden.
  }
  return {
    createDocument: ops.has('FactCheckService_CreateDocument'),
    claimReviewCheck: 'claimReview' in checkFields,
    claimReviewAudit: params.has('FactCheckService_ListInconsistencies.claimReview'),
  };
}

const views = { draft: $('view-draft'), read: $('view-read'), add: $('view-add') };
const navs = { draft: $('nav-draft'), read: $('nav-read'), add: $('nav-add') };

async function main() {
  const caps = await capabilities();
  document.documentElement.dataset.capabilities = Object.entries(caps).filter(([, v]) => v).map(([k]) => k).join(' ');
  const exporter = (statement, res) => (res.claimReview ? claimReviewExport(res.claimReview, statement) : null);
  const draft = new DraftView({ exporter, claimReview: caps.claimReviewCheck });
  const article = new ArticleView({ claimReview: caps.claimReviewAudit });
  let add = null;
  if (caps.createDocument) {
    const { AddView } = await import('./add.js');
    add = new AddView();
    $('nav-add-item').hidden = false;
  }

  let current = '';
  const route = () => {
    let [name, ...rest] = location.hash.slice(1).split('/');
    let id = '';
    try {
      id = decodeURIComponent(rest.join('/'));
    } catch {
      // A mangled address: show the list.
    }
    if (!views[name] || (name === 'add' && !add)) name = 'draft';
    for (const [k, v] of Object.entries(views)) v.hidden = k !== name;
    for (const [k, a] of Object.entries(navs)) {
      if (k === name) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
    const changed = current !== name;
    current = name;
    if (name === 'read') article.show(id);
    if (changed && name === 'draft') draft.textarea.focus();
  };
  window.addEventListener('hashchange', route);
  route();
  document.documentElement.dataset.ready = 'true';
}

main().catch((err) => {
  // Never a blank page: say what failed where the editor looks first.
  showError($('draft-error'), `The page could not start: ${err.message}`);
  document.documentElement.dataset.ready = 'failed';
});

// export.js offers a ClaimReview (schema.org JSON-LD, as the service
// renders it) for download, for copying and to read.

import { el } from './dom.js';

/**
 * claimReviewExport returns a disclosure with the JSON-LD of review, a
 * download link and a copy button; name becomes the file's name.
 */
export function claimReviewExport(review, name) {
  const json = JSON.stringify(review, null, 2);
  const file = `${String(name).replace(/[^A-Za-z0-9-]+/g, '-').slice(0, 60) || 'claimreview'}.claimreview.jsonld`;
  const download = el('a', { class: 'button', href: '#', download: file }, 'Download');
  download.addEventListener('click', () => {
    // A fresh object URL per click, let go once the download has started.
    const url = URL.createObjectURL(new Blob([json], { type: 'application/ld+json' }));
    download.href = url;
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  });
  const pre = el('pre', { class: 'jsonld', tabindex: '0' }, json);
  const said = el('span', { class: 'hint', role: 'status' });
  const copy = el('button', { type: 'button' }, 'Copy');
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(json);
      said.textContent = 'Copied.';
    } catch {
      // No clipboard (a plain-HTTP page off loopback): select it instead.
      getSelection().selectAllChildren(pre);
      said.textContent = 'Selected: copy it with Ctrl+C.';
    }
  });
  return el('details', { class: 'export' },
    el('summary', {}, 'Export as ClaimReview (JSON-LD)'),
    el('div', { class: 'buttons' }, download, copy, said),
    pre);
}

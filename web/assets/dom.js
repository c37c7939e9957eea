// dom.js builds elements from text only. Nothing in this page parses a
// string as HTML: children are nodes or strings, and strings become text
// nodes. The Content-Security-Policy requires Trusted Types with no policy,
// so an accidental innerHTML would throw instead of running anything.

/**
 * el creates an element. attrs sets attributes (class, id, aria-*, …);
 * a value of false, null or undefined leaves the attribute out, true sets it
 * empty. Children are nodes, strings (as text) or arrays of them.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** append adds children (nodes, strings as text, nested arrays) to node. */
export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** clear removes every child of node. */
export function clear(node) {
  node.replaceChildren();
  return node;
}

/** $ returns the element with this id, or throws: the page's ids are fixed. */
export function $(id) {
  const node = document.getElementById(id);
  if (!node) throw new Error(`no element #${id}`);
  return node;
}

/**
 * safeURL returns url when it is an absolute http or https address, else
 * null, so no stored link can become a javascript: or data: link.
 */
export function safeURL(url) {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** link is an anchor to an outside page, or the plain text when the URL is unsafe. */
export function link(url, text) {
  const href = safeURL(url);
  if (!href) return document.createTextNode(text || url || '');
  return el('a', { href, rel: 'noopener noreferrer external', target: '_blank' }, text || href);
}

/** showError fills an error box with message and shows it; an empty message hides it. */
export function showError(box, message) {
  clear(box);
  if (!message) {
    box.hidden = true;
    return;
  }
  append(box, [message]);
  box.hidden = false;
}

/** srOnly is text for screen readers, not shown. */
export function srOnly(text) {
  return el('span', { class: 'sr-only' }, text);
}

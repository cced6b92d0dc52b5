/* ICLEI Japan report host script: sizes each <iframe data-iclei-report>,
 * mirrors the main frame's page in the host hash (#iclei-report=/path#id).
 * Takes v1 messages from a frame's own window and origin only. */
(() => {
  if (window.__icleiReportEmbed) return; // loaded twice: first one runs
  window.__icleiReportEmbed = 1;

  const doc = document, SEL = 'iframe[data-iclei-report]', KEY = '#iclei-report=';
  const frames = new Map(); // frame -> {origin, base, at: page shown}
  let todo = 1; // host hash not followed yet
  // App path and fragment: plain characters, no scheme, no // or ..
  const ok = (p, h) => /^\/[\w.~/-]*$/.test(p) && !/\/\/|\.\./.test(p) &&
    /^(#[\w.~-]*)?$/.test(h);

  // A frame's origin, base path (before /embed), page.
  const add = (f) => {
    frames.delete(f);
    try {
      const u = new URL(f.getAttribute('src'), doc.baseURI);
      const m = /^(.*?)\/embed(\/.*)?$/.exec(u.pathname);
      if (m && /^https?:$/.test(u.protocol)) {
        frames.set(f, { origin: u.origin, base: m[1], at: (m[2] || '/') + u.hash });
      }
    } catch (e) {}
  };

  // The frame tied to the host hash.
  const main = () => doc.querySelector(SEL + '[data-iclei-report-deeplink]') ||
    doc.querySelector(SEL);

  // "/path#id" from the host hash, or null.
  const wanted = () => {
    const h = location.hash;
    if (h.indexOf(KEY)) return null;
    try {
      const v = decodeURIComponent(h.slice(KEY.length)), m = /^([^#]*)(.*)$/.exec(v);
      return ok(m[1], m[2]) ? v : null;
    } catch (e) { return null; }
  };

  // Main frame to the hash's page, eagerly: Chromium may let a lazy
  // frame's deferred load win over a new src.
  const follow = () => {
    const v = wanted(), f = main(), s = f && frames.get(f);
    if (!v || !s || s.at === v) return;
    f.removeAttribute('loading');
    f.setAttribute('src', s.origin + s.base + '/embed' + v);
  };

  // New frames, then (once parsed) the host hash. Late, a frame may have
  // sent its height already: a 1px nudge makes it resend.
  const scan = () => {
    for (const f of doc.querySelectorAll(SEL)) {
      if (frames.has(f)) continue;
      add(f);
      if (frames.has(f) && doc.readyState === 'complete') {
        const w = f.style.width;
        f.style.width = 'calc(100% - 1px)';
        setTimeout(() => { f.style.width = w; }, 200);
      }
    }
    if (todo && doc.readyState !== 'loading' && main()) { todo = 0; follow(); }
  };

  window.addEventListener('message', (e) => {
    const d = e.data;
    if (!d || typeof d !== 'object' || d.version !== 1 || !e.source) return;
    let f;
    for (const k of frames.keys()) if (k.contentWindow === e.source) f = k;
    const s = f && frames.get(f);
    if (!s || e.origin !== s.origin) return;
    if (d.type === 'iclei-report:resize') {
      const h = d.height;
      if (typeof h !== 'number' || !(h >= 0)) return;
      const px = Math.round(Math.min(Math.max(h, 80), 2e5)) + 'px';
      f.style.setProperty('height', px, 'important');
    } else if (d.type === 'iclei-report:navigate') {
      const p = d.path, h = d.hash || '';
      if (typeof p !== 'string' || typeof h !== 'string' || !ok(p, h) || f !== main()) return;
      const v = p + h;
      // A host's own hash stays until the frame leaves its known page.
      if (v === s.at && location.hash.indexOf(KEY)) return;
      s.at = v;
      const url = location.href.split('#')[0] + KEY + v;
      if (url !== location.href) history.replaceState(history.state, '', url);
    }
  });

  // The host sets its hash.
  window.addEventListener('hashchange', follow);

  // Frames added later, or whose src changes.
  new MutationObserver((records) => {
    for (const r of records) if (r.attributeName && r.target.matches(SEL)) add(r.target);
    scan();
  }).observe(doc.documentElement, {
    childList: true, subtree: true, attributes: true, attributeFilter: ['src', 'data-iclei-report'],
  });
  doc.addEventListener('DOMContentLoaded', scan);
  scan();
})();

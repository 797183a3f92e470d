// Padilla's embed loader, for partner sites. Paste, where the widget should appear:
//
//   <div data-padilla data-jurisdiction="CA" data-lang="es" data-mode="quick"></div>
//   <script src="https://PADILLA-ORIGIN/embed.js" integrity="sha384-…" crossorigin="anonymous" async></script>
//
// Each [data-padilla] element gets a sandboxed iframe of PADILLA-ORIGIN/widget.html, as
// tall as its content. The host page cannot read what is typed in it: the frame is another
// origin. Attributes: data-jurisdiction (CA, IL), data-lang (en, es), data-mode (quick,
// case, compare, prosecutor), data-title (the frame's accessible name), and data-result:
// only then the widget posts each result to this page's origin, as a message
// { type: 'padilla:assessment', version: 1, screen, assessment, offers } (the Assessment of
// Padilla's contract), which this loader also dispatches on the element as a
// 'padilla:assessment' event. Style: --padilla-accent, --padilla-font and --padilla-radius
// on the element (or above it) are passed to the widget.
//
// Kept small and stable: partners pin it with an integrity hash, so it changes only when
// it must; the widget it loads updates on its own.
(() => {
  const script = document.currentScript;
  if (!script || window.__padillaEmbed) return;
  window.__padillaEmbed = true;
  const base = new URL('./', script.src);
  const frames = new Map(); // the frame's window -> { frame, element }

  const TITLES = {
    en: 'Padilla: immigration consequences of criminal cases',
    es: 'Padilla: consecuencias migratorias de casos penales',
  };

  function mount(element) {
    if (element.querySelector(':scope > iframe.padilla-frame')) return;
    const params = new URLSearchParams();
    for (const name of ['jurisdiction', 'lang', 'mode']) {
      const value = element.getAttribute(`data-${name}`);
      if (value) params.set(name, value.trim());
    }
    params.set('host', location.origin);
    if (element.hasAttribute('data-result')) params.set('result', '1');
    const style = getComputedStyle(element);
    for (const name of ['accent', 'font', 'radius']) {
      const value = style.getPropertyValue(`--padilla-${name}`).trim();
      if (value) params.set(name, value);
    }
    const frame = document.createElement('iframe');
    frame.className = 'padilla-frame';
    // Everything the widget's settings say goes after '#': never sent to any server.
    frame.src = `${new URL('widget.html', base).href}#${params}`;
    const lang = (element.getAttribute('data-lang') || '').toLowerCase().startsWith('es') ? 'es' : 'en';
    frame.title = element.getAttribute('data-title') || TITLES[lang];
    // Scripts and its own origin (the frame fetches its data files); forms (Enter checks);
    // modals (print); popups for links to sources. Never top navigation.
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox');
    frame.setAttribute('allow', 'clipboard-write');
    frame.setAttribute('referrerpolicy', 'no-referrer');
    frame.style.cssText = 'display:block;width:100%;min-height:20rem;border:0;';
    element.replaceChildren(frame);
    frames.set(frame.contentWindow, { frame, element });
  }

  function mountAll() {
    for (const element of document.querySelectorAll('[data-padilla]')) mount(element);
  }

  window.addEventListener('message', (event) => {
    if (event.origin !== base.origin) return;
    const entry = frames.get(event.source);
    const data = event.data;
    if (!entry || !data || typeof data !== 'object') return;
    if (data.type === 'padilla:size' && Number.isFinite(data.height) && data.height > 0) {
      entry.frame.style.height = `${Math.ceil(Math.min(data.height, 100000))}px`;
      entry.frame.style.minHeight = '0';
    } else if (data.type === 'padilla:assessment' && entry.element.hasAttribute('data-result')) {
      entry.element.dispatchEvent(new CustomEvent('padilla:assessment', { detail: data, bubbles: true }));
    }
  });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll, { once: true });
  else mountAll();
  // A partner that adds a widget later (a single-page site) calls this.
  window.Padilla = Object.freeze({ mount: mountAll });
})();

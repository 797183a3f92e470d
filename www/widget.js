// Padilla inside a partner's page (widget.html, framed by embed.js). Its settings come
// after '#' in its address: jurisdiction, lang, mode, host (the partner's origin), result
// (the partner opted in to receive results), accent, font, radius.
//
// It tells the host page two things, only ever to the host's origin and never to '*': its
// height, as it changes, so the frame fits its content; and, only with the opt-in, each
// result. No service worker here: a partner's page stays online and keeps nothing.
import init, { mount } from './padilla-embed.js';

const params = new URLSearchParams(location.hash.slice(1));
const root = document.getElementById('app');

/** The partner's origin, if it is one (`https://example.org`), else null. */
function originOf(text) {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === text ? url.origin : null;
  } catch {
    return null;
  }
}
const host = originOf(params.get('host') ?? '');
const framed = window.parent !== window;
const tell = (message) => {
  if (framed && host) window.parent.postMessage(message, host);
};

style(params);

await init();
root.replaceChildren();
try {
  mount(root, new URL('data/', import.meta.url).href, {
    jurisdiction: params.get('jurisdiction') ?? undefined,
    lang: params.get('lang') ?? undefined,
    mode: params.get('mode') ?? undefined,
    embedded: true,
    onResult: params.get('result') === '1' && host
      ? (json) => tell({ type: 'padilla:assessment', version: 1, ...JSON.parse(json) })
      : undefined,
  });
} catch (error) {
  // A setting that does not read (data-mode="full"): said in the frame, for the partner.
  const p = document.createElement('p');
  p.className = 'embed-error';
  p.setAttribute('role', 'alert');
  p.textContent = `Padilla: ${error.message}`;
  root.replaceChildren(p);
}

// The frame as tall as the content, as it changes.
let last = 0;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last) {
    last = height;
    tell({ type: 'padilla:size', height });
  }
}).observe(document.documentElement);

/** The partner's accent, font and radius, each checked by the browser's own CSS parser. */
function style(settings) {
  const rootStyle = document.documentElement.style;
  const accent = settings.get('accent');
  if (accent && CSS.supports('color', accent)) {
    rootStyle.setProperty('--accent', accent);
    rootStyle.setProperty('--accent-fg', legibleOn(accent));
  }
  const font = settings.get('font');
  if (font && !/url\(|[;{}]/i.test(font) && CSS.supports('font-family', font)) rootStyle.setProperty('--font', font);
  const radius = settings.get('radius');
  if (radius && CSS.supports('border-radius', radius)) rootStyle.setProperty('--radius', radius);
}

/** White or near-black, whichever reads better on `color` (WCAG relative luminance). */
function legibleOn(color) {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const rgb = getComputedStyle(probe).color.match(/[\d.]+/g)?.slice(0, 3).map(Number) ?? [0, 0, 0];
  probe.remove();
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? '#1b1f24' : '#ffffff';
}

// The example partner page: puts in the snippet a partner would paste, loading the widget
// from the origin in ?padilla= (default: this page's own), and lists the results this page
// receives when it opts in (?result=1). A partner's real page needs none of this script:
// the two lines of the snippet are the whole integration.
const query = new URLSearchParams(location.search);
const padilla = (() => {
  try {
    const url = new URL(query.get('padilla') || location.origin);
    return /^https?:$/.test(url.protocol) ? url.origin : location.origin;
  } catch {
    return location.origin;
  }
})();
// Written by the build (scripts/finish-dist.mjs): the hash of this build's embed.js.
const INTEGRITY = '__EMBED_INTEGRITY__';

const widget = document.createElement('div');
widget.setAttribute('data-padilla', '');
widget.setAttribute('data-jurisdiction', query.get('jurisdiction') || 'CA');
widget.setAttribute('data-lang', query.get('lang') || 'es');
widget.setAttribute('data-mode', query.get('mode') || 'quick');
if (query.get('result') === '1') widget.setAttribute('data-result', '');
document.getElementById('widget-slot').append(widget);

const script = document.createElement('script');
script.src = `${padilla}/embed.js`;
script.integrity = INTEGRITY;
script.crossOrigin = 'anonymous';
script.async = true;
document.body.append(script);

document.getElementById('padilla-origin').textContent = padilla;
const attributes = [...widget.attributes].map((a) => (a.value ? `${a.name}="${a.value}"` : a.name)).join(' ');
document.getElementById('snippet').textContent =
  `<div ${attributes}></div>\n<script src="${script.src}" integrity="${INTEGRITY}" crossorigin="anonymous" async></script>`;

// Results arrive only from the widget's origin, and only because this page opted in.
window.addEventListener('message', (event) => {
  if (event.origin !== padilla || event.data?.type !== 'padilla:assessment') return;
  const { screen, assessment } = event.data;
  const item = document.createElement('li');
  const convictions = assessment.convictions.map((c) => c.offense_id ?? c.statute).join(', ');
  item.textContent = `From ${event.origin} (${screen}): ${convictions}; deportable: ${assessment.removability.deportable}, inadmissible: ${assessment.removability.inadmissible}.`;
  document.getElementById('received').append(item);
  document.getElementById('received-none').hidden = true;
});

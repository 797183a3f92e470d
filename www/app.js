// Boots the WebAssembly app. Kept out of index.html: the Content-Security-Policy allows no
// inline script. The data files sit in data/ beside this script.
//
// Offline: a service worker (sw.js) keeps this version's files, every state's data
// included, so the next visit loads and assesses with no network. A new version is
// downloaded in the background and used only after the reader chooses to reload (the app
// says so); until then every file comes from the version in use, whole.
import init, { mount, updateReady } from './padilla.js';

const root = document.getElementById('app');
await init();
root.replaceChildren();
mount(root, new URL('data/', import.meta.url).href);

if ('serviceWorker' in navigator) {
  // Registered once the page has loaded, so the app's own first download comes first.
  if (document.readyState === 'complete') offline();
  else addEventListener('load', offline, { once: true });
}

async function offline() {
  const container = navigator.serviceWorker;
  const hadController = Boolean(container.controller);
  let registration;
  try {
    registration = await container.register(new URL('sw.js', import.meta.url), { updateViaCache: 'none' });
  } catch {
    return; // private windows and some browsers refuse; the app still works online
  }
  if (!registration) return; // a browser (or a test) that blocks service workers
  // A worker that finished installing while a version is in use is a new version.
  const offer = (worker) => {
    if (container.controller) updateReady(() => worker.postMessage('activate'));
  };
  if (registration.waiting) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker);
    });
  });
  // The new version took over (here or in another tab): reload, so no page runs the old
  // code against the new version's files.
  let reloading = false;
  container.addEventListener('controllerchange', () => {
    if (hadController && !reloading) {
      reloading = true;
      location.reload();
    }
  });
}

// Boots the WebAssembly app. Kept out of index.html: the Content-Security-Policy allows no
// inline script. The data files sit in data/ beside this script.
import init, { mount } from './padilla.js';

const root = document.getElementById('app');
await init();
root.replaceChildren();
mount(root, new URL('data/', import.meta.url).href);

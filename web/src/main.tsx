import '@kern-ux/native/dist/kern.min.css';
// KERN's own Fira Sans files hold every script (130 kB each); these are split by unicode-range, so a German or
// English page downloads only the Latin subset (about 25 kB) of the weights it shows. Same weights as KERN's.
import '@fontsource/fira-sans/300.css';
import '@fontsource/fira-sans/300-italic.css';
import '@fontsource/fira-sans/400.css';
import '@fontsource/fira-sans/400-italic.css';
import '@fontsource/fira-sans/500.css';
import '@fontsource/fira-sans/500-italic.css';
import '@fontsource/fira-sans/600.css';
import '@fontsource/fira-sans/600-italic.css';
import '@fontsource/fira-sans/700.css';
import '@fontsource/fira-sans/700-italic.css';
import './app/portal.css';
import { i18nReady } from './i18n/setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Not a top-level await: that would make the bundler split the entry's modules into chunks of their own.
void i18nReady.then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);

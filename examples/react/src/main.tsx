/**
 * Registers the OrderZone elements, then renders the React app that uses them. `<order-zone>` is
 * registered at once by `define`, the elements it shows on demand; the standalone `<cart-panel>` is
 * given its `zone` property by React, which sets properties only on a registered element: it is
 * registered at once by its own entry. The JSX types of every tag come from `@orderzone/elements/react`.
 */
import '@orderzone/elements/define';
import '@orderzone/elements/define/cart-panel';
import type {} from '@orderzone/elements/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

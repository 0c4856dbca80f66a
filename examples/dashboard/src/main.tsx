import '@revkit/react/styles.css';
import './styles.css';
import { createFormatters } from '@revkit/react';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { parseViewState } from './state/viewState.js';

// Intl's first number and date formats load ICU's data (tens of ms of main thread): pay for them now,
// while the data worker computes the figures, rather than inside the first render of those figures.
const warm = createFormatters(parseViewState(window.location.search).locale, 'USD');
warm.moneyCompact(1);
warm.month('2000-01');

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
// A transition renders in slices, so the first paint never waits on one long task.
startTransition(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);

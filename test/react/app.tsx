// The test app of the React wrappers, bundled once with React 18 and once with React 19 by
// run.mjs. What the wrappers did is written into the page for the test to read.
import { StrictMode, useState, version } from 'react';
import { createRoot } from 'react-dom/client';
import { PracticeCard, PracticeFilters } from '../../src/react/index.js';
import feed from '../../demo/data/practices.json';

function App() {
  const [selected, setSelected] = useState('');
  const [loaded, setLoaded] = useState<number | undefined>();
  const [filterChanges, setFilterChanges] = useState(0);
  const [practiceId, setPracticeId] = useState(feed.practices[0]!.id);
  return (
    <main>
      <p id="react-version">{version}</p>
      <p id="selected">{selected}</p>
      <p id="loaded">{loaded ?? ''}</p>
      <p id="filter-changes">{filterChanges}</p>
      <button id="next" type="button" onClick={() => setPracticeId(feed.practices[1]!.id)}>
        Next
      </button>
      <PracticeCard
        id="card"
        feed={feed}
        practiceId={practiceId}
        layout="compact"
        lang="es"
        onPracticeSelect={(event) => setSelected(event.detail.id)}
        onPracticeFeedLoad={(event) => setLoaded(event.detail.count)}
      />
      <PracticeFilters
        id="filters"
        feed={feed}
        facets="setting"
        lang="en"
        onPracticeFilterChange={() => setFilterChanges((count) => count + 1)}
      />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

/** Never rendered: what the wrappers' types refuse (`npm run typecheck`). */
export function RefusedByTypes() {
  return (
    <>
      {/* @ts-expect-error: not a layout */}
      <PracticeCard layout="wide" />
      {/* @ts-expect-error: a select event's detail has no count */}
      <PracticeCard onPracticeSelect={(event) => event.detail.count} />
      {/* @ts-expect-error: <practice-filters> fires no practice-select */}
      <PracticeFilters onPracticeSelect={() => undefined} />
    </>
  );
}

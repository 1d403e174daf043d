import { version } from 'react';
import { createRoot } from 'react-dom/client';
import { PracticeCard, PracticeList } from 'practice-widgets/react';
import feed from './practices.json';

createRoot(document.getElementById('root')).render(
  <main>
    <p id="framework-version">{version}</p>
    <PracticeCard id="card" feed={feed} practiceId="digital-seed" />
    <PracticeList id="list" src="./practices.json" lang="en" />
  </main>,
);

import { createApp, version } from 'vue';
import 'practice-widgets/define';
import feed from './practices.json';

const app = createApp({
  data: () => ({ feed, version }),
  template: `
    <main>
      <p id="framework-version">{{ version }}</p>
      <practice-card id="card" :feed="feed" practice-id="digital-seed"></practice-card>
      <practice-list id="list" src="./practices.json" lang="en"></practice-list>
    </main>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('practice-');
app.mount('#app');

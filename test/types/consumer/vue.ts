// What a Vue 3 template may set on the widgets and listen to, as vue-tsc reads it.
import type {} from 'practice-widgets/types/vue';
import type { GlobalComponents } from 'vue';
import type { PracticeFilterChangeEvent, PracticeSelectEvent } from 'practice-widgets';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];
type Emit<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$emit'];

// <practice-card practice-id="digital-seed" layout="compact" theme="dark" class="featured">
export const card: Props<'practice-card'> = {
  practiceId: 'digital-seed',
  layout: 'compact',
  theme: 'dark',
  class: 'featured',
};
// <practice-feed src="practices.json" sync-url>
export const feed: Props<'practice-feed'> = { src: 'practices.json', syncUrl: true };
// <practice-list :page-size="24" sort="country">
export const list: Props<'practice-list'> = { pageSize: 24, sort: 'country' };

// @ts-expect-error: a card's layout is "full" or "compact".
export const wrongLayout: Props<'practice-card'> = { layout: 'wide' };
// @ts-expect-error: the page size is a number.
export const wrongPageSize: Props<'practice-list'> = { pageSize: 'many' };

// @practice-select="(event) => …" on a list: the listener gets a PracticeSelectEvent.
export function listen(
  emit: Emit<'practice-list'>,
  select: PracticeSelectEvent,
  change: PracticeFilterChangeEvent,
) {
  emit('practice-select', select);
  emit('practice-filter-change', change);
  // @ts-expect-error: practice-select carries a PracticeSelectEvent.
  emit('practice-select', change);
  // @ts-expect-error: a list fires no such event.
  emit('practice-unknown', select);
}

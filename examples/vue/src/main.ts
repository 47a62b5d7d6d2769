/**
 * Registers the OrderZone elements (`<order-zone>` at once, the others on demand), then mounts the
 * Vue app that uses them. The template types of every tag come from `@orderzone/elements/vue`.
 */
import '@orderzone/elements/define';
import type {} from '@orderzone/elements/vue';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');

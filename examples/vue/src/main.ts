/** Registers the OrderZone elements, then mounts the Vue app that uses them. */
import '@orderzone/elements/define';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');

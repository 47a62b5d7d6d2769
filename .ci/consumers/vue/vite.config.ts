// A Vue app's Vite config: Vue compiles every OrderZone tag as a custom element.
import { isOrderZoneElement } from '@orderzone/elements/vue';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: isOrderZoneElement } } })],
});

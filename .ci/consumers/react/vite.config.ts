// A React app's Vite config: nothing OrderZone-specific.
import { defineConfig } from 'vite';

export default defineConfig({});

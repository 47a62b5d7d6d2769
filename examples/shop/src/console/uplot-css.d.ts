/** uPlot's stylesheet, imported for its side effect (Vite adds it to the insight page's CSS). */
declare module 'uplot/dist/uPlot.min.css';

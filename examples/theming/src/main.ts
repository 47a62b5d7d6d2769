/** Registers the OrderZone elements, on the in-page demo backend; everything else on these pages is HTML and CSS. */
import '@orderzone/elements/define';
import '@orderzone/elements/demo';

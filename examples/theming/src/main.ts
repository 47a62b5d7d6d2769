/** Registers the OrderZone elements; everything else on these pages is HTML and CSS. */
import '@orderzone/elements/define';

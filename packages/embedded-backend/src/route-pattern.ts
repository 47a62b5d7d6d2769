/**
 * The contract's path templates in the syntax of the routers that serve them.
 *
 * @module
 */

/** `/products/{productId}` → `/products/:productId` (Hono's and msw's path syntax). */
export function routePattern(template: string): string {
  return template.replace(/\{(\w+)\}/g, ':$1');
}

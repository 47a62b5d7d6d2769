/**
 * How the engine gives a new thing a readable number no other thing of its kind has: drawn again
 * while the number is taken. Order numbers and the numbers of requests for quote are drawn this one
 * way.
 *
 * @module
 */

/**
 * A number made by `create` that `taken` does not hold: with 44.6 random bits a repeat is rare,
 * and then another is drawn.
 */
export function unusedNumber(create: () => string, taken: (candidate: string) => boolean): string {
  for (;;) {
    const candidate = create();
    if (!taken(candidate)) return candidate;
  }
}

/**
 * Test helper: a backend adapter that answers only the calls a test gives it. Every other call of
 * the contract rejects with "not used", so a test that reaches one fails loudly, and `listCategories`
 * answers no categories (a zone asks for them when it starts). Test-only; not part of the published
 * package.
 */
import type { BackendAdapter } from '../backend/backend-adapter.ts';

/** An adapter with `answers`, every other required call rejecting (see the module). */
export function adapterAnswering(answers: Partial<BackendAdapter> = {}): BackendAdapter {
  const fail = () => Promise.reject(new Error('not used'));
  return {
    listCategories: async () => [],
    searchProducts: fail,
    getProduct: fail,
    getCheckoutOptions: fail,
    quote: fail,
    submitOrder: fail,
    lookupOrder: fail,
    getOrder: fail,
    getPaymentStatus: fail,
    ...answers,
  };
}

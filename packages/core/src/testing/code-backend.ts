/**
 * Test helper: an in-memory backend for one-time codes. It prices one T-shirt, asks for a code
 * (`verification_required`) for orders at or above `threshold`, accepts `code` only, and offers
 * sign-in by code with a session and the shopper's orders. Test-only; not part of the published package.
 */
import type { BackendAdapter, SubmitContext } from '../backend/backend-adapter.ts';
import type { Product } from '../catalog/catalog-schema.ts';
import { OrderZoneError } from '../errors.ts';
import type { Order, OrderRequest, Quote, QuoteRequest, SentCode, Session } from '../order/order-schema.ts';

const cny = (amount: number) => ({ amount, currency: 'CNY' });

export const codeTee: Product = {
  id: 'tee',
  kind: 'goods',
  title: { 'zh-CN': '纯棉T恤', 'en-US': 'Cotton T-shirt' },
  description: 'Soft.',
  categoryIds: [],
  images: [],
  specs: [],
  reviews: [],
  optionGroups: [],
  variants: [{ id: 'tee-m', sku: 'TEE-M', options: {}, price: cny(9900), stock: 50 }],
  personalization: [],
  quantity: { min: 1, max: 50, step: 1 },
  createdAt: '2025-01-01T00:00:00Z',
};

export function createCodeBackend(options: { threshold?: number; now?: () => number } = {}) {
  const now = options.now ?? Date.now;
  const state = {
    threshold: options.threshold ?? 20000,
    /** The code every challenge and sign-in accepts. */
    code: '246810',
    /** A code that is reported as expired. */
    expiredCode: '111111',
    submitCalls: [] as { request: OrderRequest; ctx: SubmitContext }[],
    ordersByKey: new Map<string, Order>(),
    challenges: 0,
    resends: 0,
    signInRequests: 0,
    /** Set to make the next call of that name fail this way. */
    failNext: {} as Partial<Record<'submitOrder' | 'requestSignInCode' | 'verifySignInCode' | 'listOrders' | 'resendVerificationCode', OrderZoneError>>,
    sessions: new Map<string, string>(),
    signedOut: [] as string[],
  };

  const sent = (channel: 'sms' | 'email'): SentCode => ({
    channel,
    maskedDestination: channel === 'sms' ? '139****9000' : 'h***@example.com',
    expiresAt: new Date(now() + 300_000).toISOString(),
    resendAt: new Date(now() + 60_000).toISOString(),
  });

  function quote(request: QuoteRequest): Quote {
    const lines = request.lines.map((line) => ({
      productId: line.productId,
      variantId: line.variantId,
      sku: 'TEE-M',
      title: codeTee.title,
      quantity: line.quantity,
      personalization: line.personalization,
      unitPrice: cny(9900),
      total: cny(9900 * line.quantity),
      available: 50,
    }));
    const subtotal = lines.reduce((sum, l) => sum + l.total.amount, 0);
    return {
      currency: 'CNY',
      lines,
      subtotal: cny(subtotal),
      adjustments: [],
      total: cny(subtotal),
      shippingOptions: [{ id: 'std', label: 'Standard', price: cny(0) }],
      selectedShippingOptionId: 'std',
      orderable: true,
    };
  }

  function fail(name: keyof typeof state.failNext): void {
    const error = state.failNext[name];
    if (error) {
      delete state.failNext[name];
      throw error;
    }
  }

  const adapter: Required<Pick<BackendAdapter, 'requestSignInCode' | 'verifySignInCode' | 'signOut' | 'listOrders' | 'resendVerificationCode'>> & BackendAdapter = {
    listCategories: async () => [],
    searchProducts: async () => ({ items: [], total: 0, page: 1, pageSize: 20, facets: { options: [] } }),
    getProduct: async () => codeTee,
    getCheckoutOptions: async () => ({ paymentMethods: [{ id: 'alipay', kind: 'alipay', label: '支付宝' }], countries: ['CN'] }),
    quote: async (request) => quote(request),
    async submitOrder(request, ctx) {
      state.submitCalls.push({ request, ctx });
      fail('submitOrder');
      const existing = state.ordersByKey.get(ctx.idempotencyKey);
      if (existing) return { order: existing, accessToken: `token-of-${existing.orderNumber}-again` };
      const current = quote(request);
      if (current.total.amount >= state.threshold) {
        if (!ctx.verification) {
          state.challenges += 1;
          throw new OrderZoneError('verification_required', 'A code is needed.', {
            details: { id: `ch-${state.challenges}`, reason: 'large_amount', code: sent('sms') },
          });
        }
        if (ctx.verification.code === state.expiredCode) {
          throw new OrderZoneError('validation', 'Expired.', { fieldErrors: [{ field: 'verification.code', code: 'code_expired' }] });
        }
        if (ctx.verification.code !== state.code) {
          throw new OrderZoneError('validation', 'Wrong.', { fieldErrors: [{ field: 'verification.code', code: 'code_wrong' }] });
        }
      }
      const order: Order = {
        orderNumber: `OZ-${state.ordersByKey.size + 1}`,
        status: 'pending_payment',
        createdAt: new Date(now()).toISOString(),
        currency: 'CNY',
        lines: current.lines,
        subtotal: current.subtotal,
        adjustments: [],
        total: current.total,
        contact: request.contact,
        ...(request.shippingAddress ? { shippingAddress: request.shippingAddress } : {}),
        shippingOption: current.shippingOptions[0]!,
        paymentMethod: { id: 'alipay', kind: 'alipay', label: '支付宝' },
        payment: { type: 'none' },
      };
      state.ordersByKey.set(ctx.idempotencyKey, order);
      return { order, accessToken: `token-of-${order.orderNumber}-0123456789` };
    },
    lookupOrder: async () => {
      throw new OrderZoneError('not_found', 'No order.');
    },
    getOrder: async () => {
      throw new OrderZoneError('not_found', 'No order.');
    },
    getPaymentStatus: async (orderNumber) => ({ orderNumber, status: 'pending' }),
    async resendVerificationCode(challengeId) {
      fail('resendVerificationCode');
      state.resends += 1;
      if (!challengeId.startsWith('ch-')) throw new OrderZoneError('not_found', 'No challenge.');
      return sent('sms');
    },
    async requestSignInCode({ channel }) {
      fail('requestSignInCode');
      state.signInRequests += 1;
      return sent(channel);
    },
    async verifySignInCode({ channel, destination, code }): Promise<Session> {
      fail('verifySignInCode');
      if (code === state.expiredCode) throw new OrderZoneError('validation', 'Expired.', { fieldErrors: [{ field: 'code', code: 'code_expired' }] });
      if (code !== state.code) throw new OrderZoneError('validation', 'Wrong.', { fieldErrors: [{ field: 'code', code: 'code_wrong' }] });
      const token = `token-${state.sessions.size + 1}`;
      state.sessions.set(token, destination);
      return {
        token,
        shopper: { id: 'shopper-1', ...(channel === 'sms' ? { phone: destination } : { email: destination }) },
        expiresAt: new Date(now() + 3_600_000).toISOString(),
      };
    },
    async signOut(token) {
      state.signedOut.push(token);
      state.sessions.delete(token);
    },
    async listOrders(token) {
      fail('listOrders');
      const destination = state.sessions.get(token);
      if (!destination) throw new OrderZoneError('unauthorized', 'Session ended.');
      return [...state.ordersByKey.values()].filter((o) => o.contact.phone === destination || o.contact.email === destination).reverse();
    },
  };
  return { state, adapter };
}

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BackendAdapter } from '../backend/backend-adapter.ts';
import { adapterAnswering } from '../testing/adapter-answering.ts';
import type { ProductSummary } from '../catalog/catalog-schema.ts';
import { memoryStorage } from '../storage/key-value-storage.ts';
import { createOrderZone } from '../zone/create-order-zone.ts';
import type { RecommendationKind, RecommendationList, RecommendationRequest } from './recommendation-schema.ts';
import { recommendationsFor } from './recommendations-client.ts';

const product = (id: string) => ({ id, title: id }) as unknown as ProductSummary;

/** A zone whose backend answers `answers[kind]` (at most `limit`), after `delayMs[kind]`. */
function zoneAnswering(answers: Partial<Record<RecommendationKind, string[]>>, delayMs: Partial<Record<RecommendationKind, number>> = {}) {
  const asked: RecommendationRequest[] = [];
  const adapter: BackendAdapter = adapterAnswering({
    async getRecommendations(request): Promise<RecommendationList> {
      asked.push(request);
      await new Promise((resolve) => setTimeout(resolve, delayMs[request.kind] ?? 0));
      const ids = (answers[request.kind] ?? []).slice(0, request.limit ?? 8);
      return { kind: request.kind, items: ids.map((id) => ({ product: product(id), reason: { code: 'similar' } })) };
    },
  });
  return { zone: createOrderZone({ adapter, storage: memoryStorage(), shopId: 'demo', currency: 'CNY' }), asked };
}

describe('recommendations of a product page', () => {
  it('never shows in "related" what "bought together" of the same product shows, and still fills its places', async () => {
    const { zone, asked } = zoneAnswering({ bought_together: ['mug', 'notes'], related: ['mug', 'pen', 'notes', 'paper', 'ink'] }, { bought_together: 20 });
    const client = recommendationsFor(zone);
    // As on a product page: both asked at once, "bought together" first (above), answering last.
    const [together, related] = await Promise.all([client.load({ kind: 'bought_together', productId: 'notebook', limit: 4 }), client.load({ kind: 'related', productId: 'notebook', limit: 3 })]);
    assert.deepEqual(together.items.map((item) => item.product.id), ['mug', 'notes']);
    assert.deepEqual(related.items.map((item) => item.product.id), ['pen', 'paper', 'ink']);
    assert.equal(asked.find((request) => request.kind === 'related')?.limit, 5, 'asked for as many more as it leaves out');
    // Another product's "related" is left alone.
    assert.deepEqual((await client.load({ kind: 'related', productId: 'pencil', limit: 2 })).items.map((item) => item.product.id), ['mug', 'pen']);
    zone.dispose();
  });
});

/**
 * What one endpoint of the HTTP contract says beyond its route (`rest-request.ts`): summary,
 * parameters, body, headers, proof of access, errors; and the helpers that declare one. The
 * endpoints themselves are declared by resource (`catalog-endpoints.ts`, `checkout-endpoints.ts`,
 * ...) and assembled in `rest-contract.ts`.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { ServerErrorCode } from './error-body.ts';
import type { RestRoute } from './rest-request.ts';

/** A query-string parameter of an endpoint. */
export interface QueryParameter {
  name: string;
  description: string;
  required: boolean;
  /**
   * The (string) value: the request schema's field it is read into, whose JSON Schema the OpenAPI
   * document derives (`buildOpenApiDocument`), or the JSON Schema itself for a wire form the
   * schema does not state. Deriving is left to the document so that a client (the REST adapter)
   * never loads zod's JSON Schema generator.
   */
  schema: z.ZodMiniType | Record<string, unknown>;
}

/**
 * The query parameters of an endpoint, taken from the schema of the request they carry: each
 * described field in order, with its schema (the OpenAPI document derives the JSON Schema from it)
 * and whether it is required, so the OpenAPI document never restates a constraint by hand.
 * `spelled` renames a field whose query spelling differs (and gives its schema on the wire).
 */
export function queryParametersOf<Shape extends Record<string, z.ZodMiniType>>(
  schema: z.ZodMiniObject<Shape>,
  descriptions: Partial<Record<keyof Shape & string, string>>,
  spelled: Partial<Record<keyof Shape & string, { name: string; schema: Record<string, unknown> }>> = {},
): QueryParameter[] {
  return (Object.entries(descriptions) as [keyof Shape & string, string][]).map(([field, description]) => {
    const fieldSchema = schema.shape[field]!;
    const wire = spelled[field];
    const required = !(fieldSchema instanceof z.ZodMiniOptional);
    return { name: wire?.name ?? field, description, required, schema: wire?.schema ?? fieldSchema };
  });
}

/** One endpoint of the contract. */
export interface Endpoint<Response extends z.ZodMiniType = z.ZodMiniType> extends RestRoute<Response> {
  /** The `BackendAdapter` method it serves; also the OpenAPI `operationId`. */
  operationId: string;
  summary: string;
  description: string;
  pathParameters: { name: string; description: string }[];
  query: QueryParameter[];
  /** JSON body schema for POST and PUT endpoints. */
  body?: z.ZodMiniType;
  /** A binary body instead of JSON (a file upload); such an endpoint also answers 413 and 415. */
  rawBody?: RawBody;
  /** Headers the client must send. */
  requiredHeaders: { name: string; description: string }[];
  /** Headers the client may send. */
  optionalHeaders?: { name: string; description: string }[];
  /**
   * What proves the caller may make the call: `session`, a signed-in shopper's session token as
   * `Authorization: Bearer <token>`; `order`, proof of access to the order in the path: its access
   * token as `Order-Access-Token`, or the session of the shopper who placed it.
   */
  auth?: 'session' | 'order';
  /**
   * The answer is a stream of Server-Sent Events (`text/event-stream`) instead of one JSON body:
   * events named `event`, each one's `data` the `response` schema as JSON.
   */
  eventStream?: { event: string };
  /** A backend may leave this endpoint out (it then answers `404`); clients fall back, e.g. to polling. */
  optional?: boolean;
  /** The success status. */
  status: 200 | 201;
  /** Error codes this endpoint answers besides `server` and `rate_limited`. */
  errors: ServerErrorCode[];
}

/** A binary request body: the file itself, its media type in `Content-Type`. */
export interface RawBody {
  /** The accepted media types; anything else answers `415`. */
  mediaTypes: readonly string[];
  /** The largest accepted body in bytes; a larger one answers `413`. */
  maxBytes: number;
  description: string;
}

/** An endpoint: `e` with no path parameters, query, required headers and status 200 unless it says otherwise. */
export function endpoint<R extends z.ZodMiniType>(e: Omit<Endpoint<R>, 'pathParameters' | 'query' | 'requiredHeaders' | 'status'> & Partial<Pick<Endpoint<R>, 'pathParameters' | 'query' | 'requiredHeaders' | 'status'>>): Endpoint<R> {
  return { pathParameters: [], query: [], requiredHeaders: [], status: 200, ...e };
}

/** The `{orderNumber}` path parameter of the calls on one order. */
export const orderNumberParameter = [{ name: 'orderNumber', description: 'The order number.' }];

/**
 * Alibaba Cloud SMS's `SendSms` (API version 2017-05-25) answered by msw as the service answers it,
 * for the message tests. Each request's V3 signature (ACS3-HMAC-SHA256) is checked the service's
 * way, written here from Alibaba Cloud's description of it ("V3 request structure and signature"),
 * not from the SDK:
 *
 *     CanonicalRequest = Method \n CanonicalURI \n CanonicalQueryString \n CanonicalHeaders \n SignedHeaders \n HashedPayload
 *     StringToSign     = "ACS3-HMAC-SHA256" \n hex(SHA-256(CanonicalRequest))
 *     Signature        = hex(HMAC-SHA256(AccessKeySecret, StringToSign))
 *     Authorization    = ACS3-HMAC-SHA256 Credential=<AccessKeyId>,SignedHeaders=<h1;h2...>,Signature=<Signature>
 *
 * The query's names and values are RFC 3986-encoded and sorted; each signed header is
 * `name:trimmed value\n`, lower-case, sorted; `host`, the `x-acs-*` protocol headers and the
 * payload's hash must be signed. Also refused: a date more than 15 minutes off, a nonce used before,
 * a payload whose hash differs from `x-acs-content-sha256`. Test-only.
 *
 * @module
 */
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { http, HttpResponse, type HttpHandler } from 'msw';

/** A `SendSms` call the API accepted. */
export interface SendSmsCall {
  PhoneNumbers: string;
  SignName: string;
  TemplateCode: string;
  TemplateParam?: string;
  OutId?: string;
}

/** The fake API: its msw handlers and what it received. */
export interface AliyunSmsApi {
  handlers: HttpHandler[];
  /** Calls whose signature was right (answered OK or with a business error). */
  calls: SendSmsCall[];
  /** Codes of the refusals for a bad signature, date, nonce... in order. */
  refusals: string[];
  /** Answers the next calls with this business error code (HTTP 200, as the service does), or OK when undefined. */
  failWith(code: string | undefined): void;
}

const rfc3986 = (value: string): string => encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const sha256Hex = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');
const REQUIRED_SIGNED = ['host', 'x-acs-action', 'x-acs-content-sha256', 'x-acs-date', 'x-acs-signature-nonce', 'x-acs-version'];

/** The API at `https://<host>/`, knowing one access key. */
export function aliyunSmsApi(options: { accessKeyId: string; accessKeySecret: string; host?: string }): AliyunSmsApi {
  const host = options.host ?? 'dysmsapi.aliyuncs.com';
  const calls: SendSmsCall[] = [];
  const refusals: string[] = [];
  const nonces = new Set<string>();
  let failure: string | undefined;

  const refuse = (status: number, code: string, message: string) => {
    refusals.push(code);
    return HttpResponse.json({ RequestId: randomUUID().toUpperCase(), HostId: host, Code: code, Message: message, Recommend: `https://api.aliyun.com/troubleshoot?q=${code}` }, { status });
  };

  const handler = http.all(`https://${host}/*`, async ({ request }) => {
    const url = new URL(request.url);
    const body = new Uint8Array(await request.arrayBuffer());
    const header = (name: string) => request.headers.get(name) ?? '';
    const auth = /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]{64})$/.exec(header('authorization'));
    if (!auth) return refuse(400, 'IncompleteSignature', 'The request signature does not conform to Aliyun standards.');
    const [, keyId, signedList, signature] = auth;
    if (keyId !== options.accessKeyId) return refuse(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.');
    const signed = signedList!.split(';');
    if (REQUIRED_SIGNED.some((name) => !signed.includes(name)) || [...signed].sort().join(';') !== signedList) {
      return refuse(400, 'IncompleteSignature', 'The request signature does not conform to Aliyun standards.');
    }
    if (header('x-acs-content-sha256') !== sha256Hex(body)) return refuse(400, 'IncompleteSignature', 'The payload hash does not match x-acs-content-sha256.');
    const canonicalQuery = [...url.searchParams.entries()]
      .map(([name, value]) => [rfc3986(name), rfc3986(value)] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, value]) => `${name}=${value}`)
      .join('&');
    const canonicalHeaders = signed.map((name) => `${name}:${header(name).trim()}\n`).join('');
    const canonicalRequest = [request.method, url.pathname, canonicalQuery, canonicalHeaders, signedList, header('x-acs-content-sha256')].join('\n');
    const stringToSign = `ACS3-HMAC-SHA256\n${sha256Hex(canonicalRequest)}`;
    const expected = createHmac('sha256', options.accessKeySecret).update(stringToSign).digest('hex');
    if (signature !== expected) return refuse(400, 'SignatureDoesNotMatch', 'Specified signature is not matched with our calculation.');
    if (header('host') !== host) return refuse(400, 'SignatureDoesNotMatch', 'Specified signature is not matched with our calculation.');
    const date = Date.parse(header('x-acs-date'));
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(header('x-acs-date')) || Math.abs(date - Date.now()) > 15 * 60_000) return refuse(400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.');
    const nonce = header('x-acs-signature-nonce');
    if (nonces.has(nonce)) return refuse(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.');
    nonces.add(nonce);
    if (header('x-acs-action') !== 'SendSms' || header('x-acs-version') !== '2017-05-25' || request.method !== 'POST') {
      return refuse(400, 'InvalidAction.NotFound', 'Specified api is not found, please check your url and method.');
    }
    const params = Object.fromEntries(url.searchParams.entries());
    for (const name of ['PhoneNumbers', 'SignName', 'TemplateCode']) {
      if (!params[name]) return refuse(400, 'MissingParameter', `The input parameter "${name}" that is mandatory for processing this request is not supplied.`);
    }
    if (params.TemplateParam !== undefined) {
      try {
        JSON.parse(params.TemplateParam);
      } catch {
        return HttpResponse.json({ RequestId: randomUUID().toUpperCase(), Code: 'isv.INVALID_JSON_PARAM', Message: 'JSON参数不合法，只接受字符串值' });
      }
    }
    calls.push(params as unknown as SendSmsCall);
    if (failure) return HttpResponse.json({ RequestId: randomUUID().toUpperCase(), Code: failure, Message: 'refused' });
    return HttpResponse.json({ RequestId: randomUUID().toUpperCase(), Message: 'OK', BizId: `${Date.now()}^0`, Code: 'OK' });
  });

  return {
    handlers: [handler],
    calls,
    refusals,
    failWith(code) {
      failure = code;
    },
  };
}

/**
 * RSA keys as providers hand them out: PEM (PKCS#1 or PKCS#8, SPKI, or an X.509 certificate), or the
 * bare base64 of Alipay's key tool without the PEM lines. Each is read once, checked, and given back
 * in the one PEM form the SDKs take, so a key pasted wrongly stops the server at start with a message
 * naming the setting, not at the first payment.
 *
 * @module
 */
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';

/** A key that cannot be read; the message names the setting, never the key. */
export class KeyFormatError extends Error {
  override name = 'KeyFormatError';
}

function wrap(base64: string, label: string): string {
  const body = base64.replace(/\s+/g, '').replace(/(.{64})/g, '$1\n').trim();
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
}

/** The private key of `text` (PEM, or bare base64 of PKCS#8 or PKCS#1) as a PKCS#8 PEM. */
export function rsaPrivateKeyPem(text: string, setting: string): string {
  const candidates = text.includes('-----BEGIN') ? [text] : [wrap(text, 'PRIVATE KEY'), wrap(text, 'RSA PRIVATE KEY')];
  for (const candidate of candidates) {
    try {
      const key = createPrivateKey(candidate);
      if (key.asymmetricKeyType !== 'rsa') throw new KeyFormatError(`${setting} must be an RSA key; got ${key.asymmetricKeyType}.`);
      return key.export({ type: 'pkcs8', format: 'pem' }) as string;
    } catch (error) {
      if (error instanceof KeyFormatError) throw error;
    }
  }
  throw new KeyFormatError(`${setting} is not an RSA private key (PEM, or the base64 of PKCS#8 or PKCS#1).`);
}

/** The public key of `text` (SPKI or PKCS#1 PEM, a certificate, or bare base64 of SPKI). */
export function rsaPublicKey(text: string, setting: string): KeyObject {
  const candidates = text.includes('-----BEGIN') ? [text] : [wrap(text, 'PUBLIC KEY')];
  for (const candidate of candidates) {
    try {
      const key = createPublicKey(candidate);
      if (key.asymmetricKeyType === 'rsa') return key;
    } catch {
      // try the next form
    }
  }
  throw new KeyFormatError(`${setting} is not an RSA public key (PEM, a certificate, or the base64 of an SPKI key).`);
}

/** The public key of `text` as an SPKI PEM. */
export function rsaPublicKeyPem(text: string, setting: string): string {
  return rsaPublicKey(text, setting).export({ type: 'spki', format: 'pem' }) as string;
}

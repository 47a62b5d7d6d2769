/**
 * Where the shopper pays, from the browser's `User-Agent`: WeChat's in-app browser (`MicroMessenger`),
 * a phone's browser, or a desktop. The HTTP app passes it to `startPayment`, so a phone gets the
 * provider's mobile flow and a desktop a QR code.
 *
 * @module
 */
import type { ShopperDevice } from './provider.ts';

/** The device of a `User-Agent` header (desktop when unknown). */
export function shopperDevice(userAgent: string | undefined): ShopperDevice {
  const ua = userAgent ?? '';
  if (/MicroMessenger/i.test(ua)) return 'wechat';
  if (/Mobi|Android|iPhone|iPod|HarmonyOS|Windows Phone/i.test(ua) && !/iPad|Tablet/i.test(ua)) return 'phone';
  return 'desktop';
}

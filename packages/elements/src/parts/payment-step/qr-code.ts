/**
 * Draws the QR code of a payment payload (Alipay, WeChat Pay...) when the backend sends the payload
 * but no image. The encoder, `uqr`, is loaded on first use, so pages that never show a QR code never
 * download it. The code is drawn as one SVG path built from numbers only: no markup from the
 * payload is ever interpreted.
 *
 * @module
 */
import { html, type TemplateResult } from 'lit';

/** A QR code ready to draw: its width in modules and an SVG path of its dark modules. */
export interface QrDrawing {
  size: number;
  path: string;
}

/** Encodes a payload (error correction M, as payment apps use). Rejects if the encoder cannot load or the payload is too long. */
export async function encodeQr(payload: string): Promise<QrDrawing> {
  const { encode } = await import('uqr');
  const { size, data } = encode(payload, { ecc: 'M', border: 0 });
  let path = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    });
  });
  return { size, path };
}

/** The QR code as an image with an accessible name; a 4-module quiet zone keeps it scannable. */
export function renderQr(drawing: QrDrawing, label: string): TemplateResult {
  const quiet = 4;
  const box = drawing.size + quiet * 2;
  return html`<svg class="qr-code" part="qr-code" role="img" aria-label=${label} viewBox="${-quiet} ${-quiet} ${box} ${box}" shape-rendering="crispEdges" data-qr-code>
    <rect x=${-quiet} y=${-quiet} width=${box} height=${box} fill="#fff"></rect>
    <path d=${drawing.path} fill="#000"></path>
  </svg>`;
}

/** A link's QR code as an SVG data URL, drawn in the browser by uqr (no network, no service). */
import { renderSVG } from 'uqr';

export const qrDataUrl = (url: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderSVG(url, { ecc: 'M', border: 2, pixelSize: 8 }))}`;

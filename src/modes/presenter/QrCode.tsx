/**
 * A QR code drawn as one SVG path from the `qrcode` library's module matrix: generated in the
 * browser, offline, and never passed through HTML (the address is data: it only becomes squares).
 */
import { create } from 'qrcode';
import { useMemo } from 'react';

/** Quiet zone around the code, in modules (the standard asks for 4). */
const QUIET = 4;

/** The SVG path of the dark modules of `text`'s QR code, and its size in modules with the quiet zone. */
export function qrPath(text: string): { d: string; size: number } {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  let d = '';
  for (let y = 0; y < n; y++)
    for (let x = 0; x < n; x++) if (modules.get(y, x)) d += `M${x + QUIET} ${y + QUIET}h1v1h-1z`;
  return { d, size: n + 2 * QUIET };
}

export function QrCode({ text, label }: { text: string; label: string }) {
  const { d, size } = useMemo(() => qrPath(text), [text]);
  return (
    <svg
      className="tour-qr"
      data-testid="tour-qr"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={d} fill="#000000" />
    </svg>
  );
}

import QRCode from 'qrcode';

/**
 * The QR code of `text` as an SVG document, made on the server so the browser downloads no
 * QR library. Dark modules on white whatever the theme: phone cameras need the contrast.
 */
export async function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
}

/**
 * A stable, platform-independent content id for a text: 64-bit FNV-1a over its UTF-16 code units,
 * as 16 hex digits. Not cryptographic; used to name analyses and to skip articles already stored.
 */
export function contentId(text: string): string {
  // Two 32-bit FNV-1a lanes with different offsets stand in for one 64-bit hash without BigInt cost.
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h1 >>> 15);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

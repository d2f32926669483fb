/**
 * GENERATED — do not edit. The WebAssembly binary of `score-kernel.wat` (the SIMD block additions),
 * produced from the repository root by:
 *
 *   npx -y -p wabt@1.0.39 wat2wasm src/core/syntax/score-kernel.wat -o /tmp/score-kernel.wasm
 *   node -e "console.log([...require('fs').readFileSync('/tmp/score-kernel.wasm')].join(', '))"
 *
 * and pasting the printed bytes below (wrapped at 20 a line). Kept as bytes, not a .wasm file, so the core loads it the
 * same way in Node and in a browser, with no file access and no runtime dependency.
 */
export const SCORE_KERNEL_WASM = Uint8Array.of(
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 1, 127, 0, 2, 42, 4, 1, 107,
  6, 109, 101, 109, 111, 114, 121, 2, 0, 1, 1, 107, 5, 102, 111, 117, 110, 100, 3, 127,
  0, 1, 107, 4, 98, 97, 115, 101, 3, 127, 0, 1, 107, 2, 110, 118, 3, 127, 0, 3,
  2, 1, 0, 7, 7, 1, 3, 97, 100, 100, 0, 0, 10, 191, 1, 1, 188, 1, 1, 8,
  127, 35, 0, 33, 1, 35, 0, 32, 0, 65, 3, 116, 106, 33, 2, 2, 64, 3, 64, 32,
  1, 32, 2, 79, 13, 1, 35, 1, 32, 1, 40, 2, 0, 65, 2, 116, 106, 33, 3, 32,
  1, 40, 2, 4, 33, 4, 32, 1, 65, 8, 106, 33, 1, 32, 4, 65, 0, 72, 4, 64,
  65, 0, 33, 5, 35, 2, 65, 4, 116, 33, 6, 3, 64, 32, 5, 32, 5, 253, 0, 4,
  0, 32, 3, 253, 0, 4, 0, 253, 174, 1, 253, 11, 4, 0, 32, 5, 65, 16, 106, 33,
  5, 32, 3, 65, 16, 106, 33, 3, 32, 5, 32, 6, 73, 13, 0, 11, 5, 32, 3, 32,
  4, 65, 2, 116, 106, 33, 6, 2, 64, 3, 64, 32, 3, 32, 6, 79, 13, 1, 32, 3,
  40, 2, 0, 33, 7, 32, 7, 65, 16, 118, 65, 2, 116, 33, 8, 32, 8, 32, 8, 40,
  2, 0, 32, 7, 193, 106, 54, 2, 0, 32, 3, 65, 4, 106, 33, 3, 12, 0, 11, 11,
  11, 12, 0, 11, 11, 11,
);

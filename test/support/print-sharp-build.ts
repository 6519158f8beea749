// Prints which sharp build the tests run on, e.g. `sharp: wasm32 (libvips 8.18.7)`, for the CI log
// (test/run-all.mjs runs it; .ci/run deletes the native builds so CI runs on wasm32 alone).
import { describeSharp, sharpInfo } from '../../electron/core/images/sharp';

console.log(describeSharp(await sharpInfo()));

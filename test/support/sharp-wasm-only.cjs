// Preload (`node --require`, or NODE_OPTIONS) that hides sharp's native builds so it falls back to
// @img/sharp-wasm32, as on CI where .ci/run deletes them. Lets a developer with the native build
// installed run the tests and bench/thumbnails.ts the way CI does, without touching node_modules.
const Module = require('node:module');
const original = Module._resolveFilename;
const NATIVE = /^@img\/sharp-(?!wasm32)|sharp-(?!wasm32)[^/\\]*\.node$/;
Module._resolveFilename = function resolveWithoutNativeSharp(request, ...rest) {
  if (NATIVE.test(request)) {
    const err = new Error(`Cannot find module '${request}' (hidden by test/support/sharp-wasm-only.cjs)`);
    err.code = 'MODULE_NOT_FOUND';
    throw err;
  }
  return original.call(this, request, ...rest);
};

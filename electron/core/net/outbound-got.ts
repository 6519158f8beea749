/**
 * The one got instance for downloads from URLs we did not build ourselves (WeChat's CDN, video
 * down_url/video_url, pictures pasted from web pages). Only bounded-fetch.ts uses it: that file adds
 * the per-hop host policy, the pinned lookup, the byte cap and the total deadline.
 */
import http from 'node:http';
import https from 'node:https';
import got from 'got';

export const outboundGot = got.extend({
  // No Referer and no cookies: mmbiz answers a "not allowed" placeholder to a foreign Referer, and a
  // pasted URL's site learns nothing about where its picture was pasted.
  headers: { 'user-agent': 'SucaiDesk' },
  // Redirects are followed by bounded-fetch.ts itself, so each hop is checked before it is contacted.
  followRedirect: false,
  throwHttpErrors: false,
  retry: { limit: 0 },
  http2: false,
  // Per-phase limits; the total deadline is bounded-fetch.ts's. `response` = first byte of the headers,
  // `socket` = longest silence while reading.
  timeout: { connect: 5_000, secureConnect: 5_000, response: 10_000, socket: 10_000 },
  // Own agents without keep-alive: a pooled socket opened for another caller (or another answer of
  // the same name) is never reused for a checked connection.
  agent: { http: new http.Agent({ keepAlive: false }), https: new https.Agent({ keepAlive: false }) },
});

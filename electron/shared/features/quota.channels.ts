/**
 * Quota feature: today's used/limit of the WeChat endpoints the app calls, read from `openapi/quota/get`
 * (zod-free, so the preload can list the channel). The core caches each account's answer for a minute
 * (electron/core/quota/quota-service.ts), because quota/get is itself a quota-limited call.
 */
import type { AppErrorPayload } from '../errors';

export const QUOTA_CHANNELS = ['quota:get'] as const;
export type QuotaChannel = (typeof QUOTA_CHANNELS)[number];

/** One endpoint's figures for today (WeChat's day ends at 00:00 Beijing time). */
export interface EndpointQuota {
  /** As WeChat names it, e.g. `/cgi-bin/material/batchget_material`. */
  cgiPath: string;
  dailyLimit: number;
  used: number;
  remain: number;
}

/** An endpoint WeChat would not report on (76021: the path is unknown to it); the others still show. */
export interface EndpointQuotaUnavailable {
  cgiPath: string;
  error: AppErrorPayload;
}

export type EndpointQuotaRow = EndpointQuota | EndpointQuotaUnavailable;

export interface QuotaReport {
  /** ms epoch of WeChat's answer (a cached report keeps its original time). */
  fetchedAt: number;
  endpoints: EndpointQuotaRow[];
}

export interface QuotaResponses {
  'quota:get': QuotaReport;
}

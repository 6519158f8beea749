/**
 * The /cgi-bin/ endpoint table: path below /cgi-bin/ → method, whether an access_token is
 * required, and the handler. POST-only endpoints answer 43002 to GET like the real API;
 * read endpoints documented as GET also accept POST because peer SDKs send POST.
 */
import {
  handleDraftAdd,
  handleDraftBatchget,
  handleDraftCount,
  handleDraftDelete,
  handleDraftGet,
  handleDraftSwitch,
  handleDraftUpdate,
} from './handlers/draft-handlers';
import { handleMediaGet, handleMediaUpload, handleUploadImg } from './handlers/media-handlers';
import { handleBatchgetMaterial, handleGetMaterial, handleGetMaterialCount } from './handlers/material-read-handlers';
import { handleAddMaterial, handleDelMaterial, handleRemovedNewsApi } from './handlers/material-write-handlers';
import {
  handleGetArticle,
  handlePublishBatchget,
  handlePublishDelete,
  handlePublishGet,
  handleSubmit,
} from './handlers/publish-handlers';
import { handleClearQuota, makeQuotaGet } from './handlers/quota-handlers';
import { handleLegacyToken, handleStableToken } from './handlers/token-handlers';
import type { Route } from './world';

const post = (handle: Extract<Route, { auth: true }>['handle']): Route => ({ method: 'POST', auth: true, handle });
const any = (handle: Extract<Route, { auth: true }>['handle']): Route => ({ method: 'ANY', auth: true, handle });

export const ROUTES: Record<string, Route> = {
  token: { method: 'ANY', auth: false, handle: handleLegacyToken },
  stable_token: { method: 'POST', auth: false, handle: handleStableToken },

  'media/upload': post(handleMediaUpload),
  'media/get': any(handleMediaGet),
  'media/uploadimg': post(handleUploadImg),

  'material/add_material': post(handleAddMaterial),
  'material/get_material': post(handleGetMaterial),
  'material/del_material': post(handleDelMaterial),
  'material/get_materialcount': any(handleGetMaterialCount),
  'material/batchget_material': post(handleBatchgetMaterial),
  'material/add_news': any(handleRemovedNewsApi),
  'material/update_news': any(handleRemovedNewsApi),

  'draft/add': post(handleDraftAdd),
  'draft/get': post(handleDraftGet),
  'draft/update': post(handleDraftUpdate),
  'draft/delete': post(handleDraftDelete),
  'draft/batchget': post(handleDraftBatchget),
  'draft/count': any(handleDraftCount),
  'draft/switch': post(handleDraftSwitch),

  'freepublish/submit': post(handleSubmit),
  'freepublish/get': post(handlePublishGet),
  'freepublish/batchget': post(handlePublishBatchget),
  'freepublish/getarticle': post(handleGetArticle),
  'freepublish/delete': post(handlePublishDelete),

  'openapi/quota/get': post(makeQuotaGet((endpoint) => endpoint in ROUTES)),
  clear_quota: post(handleClearQuota),
};

/** Endpoints that answer with file bytes, whose errors are labelled text/plain. */
export const DOWNLOAD_ENDPOINTS = new Set(['media/get', 'material/get_material']);

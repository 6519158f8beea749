import { describe, expect, it } from 'vitest';
import { decideResponseKind, dispositionFilename, isAttachment } from '../../../../electron/core/wechat/response-kind';
import { describeContent, finalFileName } from '../../../../electron/core/wechat/content-meta';
import { fixtureBytes } from '../files/fixtures';

const json = (v: unknown) => Buffer.from(JSON.stringify(v));

describe('decideResponseKind', () => {
  it('Content-Disposition: attachment means file FIRST, even as text/plain and even if the bytes look like JSON', () => {
    const h = { 'content-type': 'text/plain', 'content-disposition': 'attachment; filename="MEDIA_ID.jpg"' };
    expect(decideResponseKind(h, fixtureBytes('jpeg', 64), false)).toEqual({ kind: 'file', reason: 'attachment' });
    expect(decideResponseKind(h, json({ a: 1 }), true).kind).toBe('file');
    expect(isAttachment({ 'content-disposition': 'Attachment;filename=x' })).toBe(true);
    expect(isAttachment({ 'content-disposition': 'inline; filename="a.jpg"' })).toBe(false);
  });

  it('a text/plain binary without the attachment header is a file by its magic bytes', () => {
    for (const kind of ['jpeg', 'png', 'mp3id3', 'amr', 'mp4'] as const) {
      expect(decideResponseKind({ 'content-type': 'text/plain' }, fixtureBytes(kind, 64), false)).toEqual({
        kind: 'file',
        reason: 'magic',
      });
    }
  });

  it('JSON-looking bodies need the whole body, then become JSON values or API errors', () => {
    const h = { 'content-type': 'text/plain' };
    expect(decideResponseKind(h, Buffer.from('  \r\n{"vid'), false)).toEqual({ kind: 'need-body' });
    expect(decideResponseKind(h, json({ video_url: 'http://v' }), true)).toEqual({
      kind: 'json',
      value: { video_url: 'http://v' },
    });
    expect(decideResponseKind(h, json({ title: 't', description: 'd', down_url: 'http://d' }), true).kind).toBe('json');
    expect(decideResponseKind(h, json({ news_item: [] }), true).kind).toBe('json');
    expect(
      decideResponseKind(
        { 'content-type': 'application/json' },
        json({ errcode: 40007, errmsg: 'invalid media_id rid: x' }),
        true,
      ),
    ).toEqual({
      kind: 'api-error',
      errcode: 40007,
      errmsg: 'invalid media_id rid: x',
    });
    expect(decideResponseKind(h, Buffer.from('\uFEFF{"errcode":0,"video_url":"u"}'), true).kind).toBe('json');
    // JSON is tried before Content-Type: an errcode body mislabelled as an image is still an error.
    expect(decideResponseKind({ 'content-type': 'image/jpeg' }, json({ errcode: 40007, errmsg: 'x' }), true).kind).toBe(
      'api-error',
    );
  });

  it('falls back to Content-Type for media types, and refuses anything else', () => {
    expect(decideResponseKind({ 'content-type': 'image/jpeg' }, Buffer.from('garbage-bytes'), true)).toEqual({
      kind: 'file',
      reason: 'content-type',
    });
    expect(decideResponseKind({ 'content-type': 'application/octet-stream' }, Buffer.from('xx'), true).kind).toBe(
      'file',
    );
    expect(
      decideResponseKind({ 'content-type': 'text/html' }, Buffer.from('<html>502 Bad Gateway</html>'), true),
    ).toEqual({ kind: 'unrecognised' });
    expect(decideResponseKind({ 'content-type': 'text/plain' }, Buffer.from('{not json'), true)).toEqual({
      kind: 'unrecognised',
    });
  });
});

describe('content naming', () => {
  it('names a file by its content, not the header', () => {
    const meta = describeContent({ 'content-type': 'text/plain' }, fixtureBytes('png', 64));
    expect(meta).toMatchObject({ format: 'png', contentType: 'image/png' });
    expect(finalFileName('封面', meta)).toBe('封面.png');
    expect(finalFileName('封面.jpg', meta)).toBe('封面.png');
    expect(finalFileName('../../etc/passwd', meta)).toBe('passwd.png');
  });

  it('uses headers only when the content is not recognised', () => {
    const h = { 'content-type': 'audio/amr', 'content-disposition': 'attachment; filename="x.amr"' };
    expect(describeContent(h, Buffer.from('????')).format).toBe('amr');
    const unknown = describeContent(
      { 'content-type': 'text/plain', 'content-disposition': 'attachment; filename="a.speex"' },
      Buffer.from('????'),
    );
    expect(unknown).toMatchObject({ format: 'unknown', contentType: 'application/octet-stream', headerExt: 'speex' });
    expect(finalFileName('voice', unknown)).toBe('voice.speex');
    expect(finalFileName('voice', { format: 'unknown', contentType: 'x' })).toBe('voice.bin');
    expect(dispositionFilename({ 'content-disposition': 'attachment; filename="MEDIA.jpg"' })).toBe('MEDIA.jpg');
  });
});

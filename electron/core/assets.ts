/**
 * Same-origin asset routes (thumbnails, previews) that both transports serve: the desktop
 * `app://bundle/<prefix>/…` protocol and the browser-mode server's `/<prefix>/…`. The renderer's
 * CSP allows only 'self', so every picture or sound it shows comes through here.
 */
export interface AssetResponse {
  body: Uint8Array;
  contentType: string;
}

/** Answers a path below its prefix (e.g. `acc_1/MEDIA_ID` for `/thumb/acc_1/MEDIA_ID`), or null for 404. */
export type AssetHandler = (rest: string[]) => Promise<AssetResponse | null>;

export class AssetRoutes {
  private readonly routes = new Map<string, AssetHandler>();

  /** `prefix` is one path segment, e.g. `thumb` or `preview`. */
  register(prefix: string, handler: AssetHandler): void {
    if (!/^[a-z][a-z0-9-]*$/.test(prefix)) throw new Error(`bad asset prefix ${prefix}`);
    this.routes.set(prefix, handler);
  }

  /** True when the path belongs to an asset route (so static files are not consulted). */
  owns(pathname: string): boolean {
    return this.routes.has(pathname.split('/')[1] ?? '');
  }

  async serve(pathname: string): Promise<AssetResponse | null> {
    const [, prefix, ...rest] = pathname.split('/');
    const handler = this.routes.get(prefix ?? '');
    if (!handler || rest.length === 0) return null;
    let decoded: string[];
    try {
      decoded = rest.map((s) => decodeURIComponent(s));
    } catch {
      return null;
    }
    return handler(decoded).catch(() => null);
  }
}

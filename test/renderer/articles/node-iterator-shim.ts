/**
 * Two happy-dom 21 deviations that break DOMPurify (Chromium has neither), fixed for the articles'
 * sanitizer tests so they exercise DOMPurify's real logic:
 * 1. DOMPurify reads nodeName/nodeType/ownerDocument through Node.prototype's getters; happy-dom's base
 *    getters there do not dispatch to the subclasses' values (every tag name reads as ''), so every
 *    element would be dropped.
 * 2. happy-dom's NodeIterator lacks the DOM standard's "pre-removing steps": when the node just
 * returned is removed, nextNode() ends the walk. DOMPurify removes nodes while iterating, so under
 * happy-dom it stops after the first removal and leaves the rest unsanitized (Chromium is fine). This
 * installs a standard-conformant iterator for the articles' sanitizer tests.
 */
function following(node: Node, root: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

function dispatchNodeGetters(): void {
  for (const prop of ['nodeName', 'nodeType', 'ownerDocument']) {
    const base = Object.getOwnPropertyDescriptor(Node.prototype, prop);
    if (!base?.get) continue;
    const baseGet = base.get;
    Object.defineProperty(Node.prototype, prop, {
      configurable: true,
      get(this: Node) {
        for (
          let p = Object.getPrototypeOf(this) as object | null;
          p && p !== Node.prototype;
          p = Object.getPrototypeOf(p) as object | null
        ) {
          const d = Object.getOwnPropertyDescriptor(p, prop);
          if (d?.get) return d.get.call(this) as unknown;
        }
        return baseGet.call(this) as unknown;
      },
    });
  }
}

export function installNodeIteratorShim(): void {
  dispatchNodeGetters();
  const proto = Document.prototype as unknown as {
    createNodeIterator: (root: Node, what?: number, filter?: NodeFilter | null) => NodeIterator;
  };
  proto.createNodeIterator = function (
    root: Node,
    whatToShow = 0xffffffff,
    filter: NodeFilter | null = null,
  ): NodeIterator {
    let ref: Node | null = null;
    let last: Node[] = [];
    const accept = (n: Node) =>
      ((whatToShow >> (n.nodeType - 1)) & 1) === 1 &&
      (typeof filter === 'function' ? filter(n) === 1 : filter?.acceptNode ? filter.acceptNode(n) === 1 : true);
    const nextNode = (): Node | null => {
      let n: Node | null;
      if (ref === null) n = root;
      else {
        // The reference was removed: continue from the closest earlier node still in the tree (spec's pre-removing steps).
        let from: Node | null = ref;
        while (from && from !== root && !root.contains(from)) from = last.pop() ?? root;
        n = following(from ?? root, root);
      }
      while (n && !accept(n)) n = following(n, root);
      if (n) {
        if (ref) last.push(ref);
        if (last.length > 64) last = last.slice(-32);
        ref = n;
      }
      return n;
    };
    return {
      root,
      whatToShow,
      filter,
      nextNode,
      previousNode: () => null,
      detach: () => undefined,
      referenceNode: root,
      pointerBeforeReferenceNode: true,
    };
  };
}

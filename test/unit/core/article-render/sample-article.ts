/** Marked HTML with every construct of the editor's vocabulary (renderer/src/features/articles/output/wx-styles.ts). */
export const CODE_SOURCE =
  'function add(a: number, b: number) {\n\n    // two blank-ish lines above\n\treturn a + b; // tab\n}\n  trailing  spaces  ';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function everyConstruct(imageUrl = 'https://mmbiz.qpic.cn/mmbiz_jpg/sample/0?wx_fmt=jpeg'): string {
  return [
    '<h1 class="wx-h1">一级标题</h1>',
    '<h2 class="wx-h2 wx-al-center">二级标题</h2>',
    '<h3 class="wx-h3">三级标题</h3>',
    '<p class="wx-p">正文<strong>加粗</strong><em>斜体</em><span class="wx-c-d0021b">红字</span>，',
    '<a class="wx-a" href="https://example.com/a">外部链接</a>、<a class="wx-a" href="https://mp.weixin.qq.com/s/abc">公众号文章</a>、',
    '<a class="wx-a" href="https://example.com/a">同一链接</a>、<a class="wx-a" href="https://example.org/b">https://example.org/b</a>，',
    '行内代码 <code class="wx-codespan">a &lt; b</code>，行内公式 <span class="wx-math" data-tex="E = mc^2"></span>。</p>',
    '<p class="wx-math-block" data-tex="\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}"></p>',
    '<blockquote class="wx-quote"><p class="wx-p">引用的一段话</p></blockquote>',
    '<ul class="wx-ul"><li class="wx-li"><p class="wx-p">无序一</p></li>',
    '<li class="wx-li wx-task" data-checked="true"><p class="wx-p">已完成</p></li>',
    '<li class="wx-li wx-task" data-checked="false"><p class="wx-p">未完成</p></li></ul>',
    '<ol class="wx-ol"><li class="wx-li"><p class="wx-p">有序一</p></li></ol>',
    `<pre class="wx-pre"><code class="wx-code" data-lang="ts">${escapeHtml(CODE_SOURCE)}</code></pre>`,
    '<pre class="wx-pre"><code class="wx-code">plain &lt;text&gt;\n  indented</code></pre>',
    '<table class="wx-table"><thead><tr><th class="wx-th">名称</th><th class="wx-th wx-al-right">数量</th></tr></thead>',
    '<tbody><tr><td class="wx-td">苹果</td><td class="wx-td wx-al-right">3</td></tr></tbody></table>',
    '<hr class="wx-hr">',
    `<p class="wx-p"><img class="wx-img" src="${imageUrl}" alt="图"></p>`,
  ].join('');
}

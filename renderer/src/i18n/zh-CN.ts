import { articlesZh } from '../features/articles/messages.zh-CN';
import { libraryZh } from '../features/library/messages.zh-CN';
import { uploadsZh } from '../features/uploads/messages.zh-CN';
import { conversionZh } from '../features/uploads/conversion-messages.zh-CN';
import { quotaZh } from '../features/quota/messages.zh-CN';
import { settingsZh } from '../features/settings/messages.zh-CN';
import { shortcutsZh } from '../features/shortcuts/messages.zh-CN';
import { contextMenuZh } from '../features/context-menu/messages.zh-CN';

/**
 * zh-CN is the first language: every key is declared here (the shell's) or in a feature's
 * messages.zh-CN.ts, and `en.ts` must supply exactly the same keys.
 */
const shellZh = {
  'app.name': '素材桌面',
  'app.tagline': '公众号素材管理',
  'app.windowTitle': '素材桌面 SucaiDesk',
  'app.windowTitleAccount': '素材桌面 SucaiDesk — {account}',

  'lang.switchTo': 'EN',
  'lang.toggleLabel': 'EN – Switch to English（切换到英文）',

  'account.label': '公众号',
  'account.demo': '演示账号（离线演示数据）',
  'account.loading': '正在加载账号…',
  'account.none': '还没有账号',
  'account.add': '添加账号',
  'account.test': '测试连接',
  'account.testing': '正在测试…',
  'account.testOk': '连接正常：access_token 有效期 {n} 秒',
  'account.remove': '删除账号',
  'account.removeDemo': '演示账号不能删除',
  'account.removeTitle': '删除账号“{name}”？',
  'account.removeBody':
    '将从本机删除：这个账号的名称、AppID、保存的 AppSecret 和代理密码，本机的素材索引和缩略图缓存，上传队列（未完成的上传不再继续），临时素材记录和已取回的临时素材副本，以及本机未保存的图文编辑草稿。微信公众号上的一切都不会改动：素材、草稿箱和已发表的文章都还在。以后可以用 AppID 和 AppSecret 重新添加。',
  'account.removed': '已删除账号“{name}”',
  'account.added': '已添加账号“{name}”',
  'account.secretEncrypted': 'AppSecret 已加密保存在本机',
  'account.secretSession': 'AppSecret 仅在本次运行中保存',
  'account.apiDefault': '直连 api.weixin.qq.com',
  'account.apiEmulator': '离线模拟器（本机，不连接微信）',
  'account.apiRelay': '经中转：{url}',
  'account.env': '环境变量账号',
  'account.demoBadge': '离线演示数据',
  'account.demoBadgeHint': '示例素材来自本机的模拟器，不是你的公众号，也不会连接微信。',
  'account.settings': '账号设置',
  'account.settingsTitle': '账号设置：{name}',
  'account.settingsName': '名称',
  'account.settingsApi': '连接方式',
  'account.settingsSecret': 'AppSecret',
  'account.settingsDemoNote': '演示账号使用本机模拟器里的示例数据，离线可用，不能删除。',
  'account.settingsEnvNote': '这个账号来自环境变量 WX_APPID / WX_APPSECRET，只在本次运行中有效，不能在这里删除。',
  'account.settingsRemoveIntro': '从本机删除这个账号（微信上的内容不受影响）。',
  'account.removeOpen': '删除账号…',
  'account.settingsClose': '关闭',
  'account.apiProxy': '经代理：{url}',
  'account.editTitle': '修改账号',
  'account.editIntro':
    '留空的 AppID 和 AppSecret 保持不变。更换 AppID 等于换成另一个公众号：本机的素材索引、缩略图、上传队列和临时素材记录会被清空。',
  'account.editAppId': 'AppID（留空则不变，当前 {masked}）',
  'account.editSecret': 'AppSecret（留空则不变）',
  'account.editProxy': '代理（可选）',
  'account.editProxyHint':
    '为白名单出口设置 HTTP(S) 代理：http://用户名:密码@主机:端口。这个账号的微信接口调用都经过它；密码和 AppSecret 一样加密保存在本机，不会显示。改代理地址时请连同密码一起填写；留空则直连。',
  'account.editProxySaved': '已保存代理密码',
  'account.editSave': '保存修改',
  'account.editSaving': '正在保存…',
  'account.editSaved': '已保存修改',

  'form.title': '添加公众号账号',
  'form.intro': '在公众号后台「设置与开发 → 基本配置」中可以找到 AppID 和 AppSecret。',
  'form.name': '名称',
  'form.namePlaceholder': '例如：公司服务号',
  'form.appId': 'AppID（开发者 ID）',
  'form.appSecret': 'AppSecret（开发者密码）',
  'form.secretHint': 'AppSecret 只保存在本机（加密），界面不会再显示它。',
  'form.apiBase': 'API 地址（中转，可选）',
  'form.apiBaseHint':
    '微信只接受来自「IP 白名单」中服务器的接口调用（否则报错 40164）。如果本机的公网 IP 不固定，可以填写一台已加入白名单的中转服务器地址；留空则直接访问 https://api.weixin.qq.com。',
  'form.save': '保存',
  'form.saving': '正在保存…',
  'form.cancel': '取消',

  'tabs.label': '素材类型',
  'type.image': '图片',
  'type.voice': '语音',
  'type.video': '视频',
  'type.news': '旧图文',

  'library.empty': '还没有素材',
  'library.emptyHint': '用右上方的上传按钮，或把文件拖进窗口，添加第一个文件。',
  'library.emptyNews': '旧图文素材已停止新增，新的图文请在“图文与草稿 → 编辑器”中创建。',
  'library.loading': '正在加载素材…',
  'library.noAccount': '请选择或添加一个公众号账号。',
  'library.loadFailed': '素材加载失败',
  'library.retry': '重试',
  'library.pageIndicator': '第 {page} / {pages} 页 · 共 {total} 项',
  'library.prev': '上一页',
  'library.next': '下一页',
  'library.pagerLabel': '翻页',

  'card.delete': '删除',
  'card.download': '下载',
  'card.deleteLabel': '删除“{name}”',
  'card.downloadLabel': '下载“{name}”',
  'card.articles': '{n} 篇文章',
  'card.duration': '时长 {clock}',
  'card.untitled': '（未命名）',

  'delete.title': '删除素材？',
  'delete.body': '将从公众号永久删除“{name}”。此操作无法撤销。',
  'delete.ok': '删除',
  'delete.done': '已删除“{name}”',
  'dialog.cancel': '取消',

  'download.saved': '已保存到 {path}',
  'download.started': '已开始下载“{name}”',

  'upload.generic': '上传',
  'upload.image': '上传图片',
  'upload.voice': '上传语音',
  'upload.video': '上传视频',
  'upload.busy': '正在上传…',
  'upload.newsDisabled': '图文已改为草稿箱：微信已停用旧图文素材接口，请在草稿箱中创建图文。',
  'upload.staging': '正在准备 {n} 个文件…',
  'upload.progress': '{name}：{pct}%',
  'upload.ok': '上传成功',
  'upload.summary': '{ok} 个成功，{failed} 个失败',
  'upload.close': '关闭上传结果',

  'error.errcode': '错误码 {code}',
  'error.rid': 'rid：{rid}',
  'error.dismiss': '关闭',
  'error.network': '无法连接到素材桌面服务，请确认它仍在运行后重试。',
  'error.badResponse': '素材桌面服务返回了无法识别的应答（HTTP {status}）。',
  'error.internal': '界面出现意外错误：{detail}',

  'toast.close': '关闭提示',
} as const;

export const zhCN = {
  ...shellZh,
  ...libraryZh,
  ...uploadsZh,
  ...conversionZh,
  ...articlesZh,
  ...quotaZh,
  ...settingsZh,
  ...shortcutsZh,
  ...contextMenuZh,
};

export type MessageKey = keyof typeof zhCN;
/** The catalogue shape every language must match: exactly zh-CN's keys, string values. */
export type Messages = { readonly [K in MessageKey]: string };

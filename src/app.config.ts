const h5 = process.env.TARO_ENV === 'h5';
// The search index (and a large volume's text) lives in subpackages, downloaded when needed or
// preloaded; config/index.ts reads them from the built layout and passes them here (this file must
// stay free of Node code).
const { subPackages = [], preloadRule = {} } = h5 ? {} : JSON.parse(process.env.TARO_APP_PACKAGES || '{}');

function icons(name: string) {
  return { iconPath: `assets/tab/${name}.png`, selectedIconPath: `assets/tab/${name}-on.png` };
}

export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/search/index',
    'pages/bookmarks/index',
    'pages/reader/index',
    'pages/shelf/index',
  ],
  window: {
    navigationBarTitleText: '掌上年鉴',
    navigationBarBackgroundColor: '#f6f1e7',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f6f1e7',
  },
  // Day colours; app/tabBarTheme.ts switches them with night mode. Icons: scripts/tab-icons.js.
  tabBar: {
    color: '#6b6152',
    selectedColor: '#9b2c1f',
    backgroundColor: '#fbf8f2',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', text: '目录', ...icons('contents') },
      { pagePath: 'pages/search/index', text: '检索', ...icons('search') },
      { pagePath: 'pages/bookmarks/index', text: '收藏', ...icons('bookmarks') },
    ],
  },
  ...(subPackages.length ? { subPackages, preloadRule } : {}),
  darkmode: true,
  // WeChat asks the reader's consent for the clipboard (setClipboardData) through the privacy guide.
  __usePrivacyCheck__: true,
  // H5 page transitions only get in the way of reading (and of e2e tests); weapp keeps its own.
  ...(h5 ? { animation: false } : {}),
});

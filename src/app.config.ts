const h5 = process.env.TARO_ENV === 'h5';
// A large volume's text lives in subpackages, downloaded when a category is opened; config/index.ts
// reads them from the built volume and passes them here (this file must stay free of Node code).
const subPackages: Array<{ root: string; pages: string[] }> = h5
  ? []
  : JSON.parse(process.env.TARO_APP_SUBPACKAGES || '[]');

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
  tabBar: {
    color: '#7a6f5f',
    selectedColor: '#9b2c1f',
    backgroundColor: '#fbf8f2',
    borderStyle: 'white',
    list: [
      { pagePath: 'pages/index/index', text: '目录' },
      { pagePath: 'pages/search/index', text: '检索' },
      { pagePath: 'pages/bookmarks/index', text: '收藏' },
    ],
  },
  ...(subPackages.length ? { subPackages } : {}),
  darkmode: true,
  // WeChat asks the reader's consent for the clipboard (setClipboardData) through the privacy guide.
  __usePrivacyCheck__: true,
  // H5 page transitions only get in the way of reading (and of e2e tests); weapp keeps its own.
  ...(h5 ? { animation: false } : {}),
});

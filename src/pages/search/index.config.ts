export default definePageConfig({ navigationBarTitleText: '全文检索' });

export default definePageConfig({ navigationBarTitleText: '书架' });

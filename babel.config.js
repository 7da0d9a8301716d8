// babel-preset-taro compiles the app (TypeScript + React) for both targets.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
};

/// <reference types="@tarojs/taro" />

declare module '*.scss';
declare module '*.png';

/** Taro replaces process.env.TARO_ENV at build time. */
declare const process: { env: { TARO_ENV?: string; [key: string]: string | undefined } };

/** The built volume, bundled from src/generated (npm run build:data); typed where it is used. */
declare module '@generated/volume.json' {
  const volume: unknown;
  export default volume;
}
declare module '@generated/search-index.json' {
  const index: unknown;
  export default index;
}

/// <reference types="@tarojs/taro" />

declare module '*.scss';
declare module '*.png';

/** Taro replaces process.env.TARO_ENV at build time. */
declare const process: { env: { TARO_ENV?: string; [key: string]: string | undefined } };

/** The built volume, bundled from src/generated (npm run build:data); typed where it is used. */
declare module '@generated/*.json' {
  const json: unknown;
  export default json;
}

/** webpack's require, for a module bundled where dynamic import is not available (mini-programs). */
declare function require(id: string): unknown;

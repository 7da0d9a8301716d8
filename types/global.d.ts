/// <reference types="@tarojs/taro" />

declare module '*.scss';
declare module '*.png';

/** Taro replaces process.env.TARO_ENV at build time. */
declare const process: { env: { TARO_ENV?: string; [key: string]: string | undefined } };

import { Button, Text, View } from '@tarojs/components';

/**
 * Elements for parts drawn by the hundred (a result list, a highlighted paragraph). In a
 * mini-program Taro's View and Text are already bare tag names; in H5 each is a React component
 * that copies its props into a custom element, and that wrapping was most of the script time of a
 * search's results (profiled in issue 5). There the browser's own div and span draw the same, and
 * the browser's own button (focusable, announced as a button) stands for Taro's, which H5 draws as a
 * web component re-rendered on an animation frame after every change of the page.
 */
const h5 = process.env.TARO_ENV === 'h5';
export const Box = (h5 ? 'div' : View) as typeof View;
export const Span = (h5 ? 'span' : Text) as typeof Text;
export const Press = (h5 ? 'button' : Button) as typeof Button;

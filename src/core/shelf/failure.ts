import { formatBytes } from './bytes';

/** Why a download did not install its volume. */
export type FailureKind = 'offline' | 'missing' | 'damaged' | 'full' | 'cancelled' | 'storage';

/** A failed download as the reader is told it: what happened and what to do; 重试 is always offered. */
export interface Failure {
  kind: FailureKind;
  /** One or two plain sentences, in the reader's words (no error codes). */
  message: string;
}

/** What the reader is told for each kind of failure; `detail` names the file or the sizes. */
export function describeFailure(
  kind: FailureKind,
  detail: { file?: string; status?: number; needed?: number; free?: number } = {},
): Failure {
  const nothingKept = '已下载的部分已清除，收藏和阅读记录不受影响。';
  switch (kind) {
    case 'offline':
      return { kind, message: `网络中断，未能下载完。${nothingKept}请检查网络后重试。` };
    case 'missing':
      return {
        kind,
        message: `书架服务器上找不到文件 ${detail.file ?? ''}${detail.status ? `（${detail.status}）` : ''}。${nothingKept}可稍后重试，或请年鉴编辑部检查。`,
      };
    case 'damaged':
      return {
        kind,
        message: `文件 ${detail.file ?? ''} 与书架目录记录的不符（校验未通过），可能在传输中损坏。${nothingKept}请重试。`,
      };
    case 'full': {
      const sizes =
        detail.needed !== undefined && detail.free !== undefined
          ? `需要 ${formatBytes(detail.needed)}，剩余 ${formatBytes(detail.free)}。`
          : '';
      return { kind, message: `手机存储空间不足，未能保存。${sizes}${nothingKept}可删除其他年份后重试。` };
    }
    case 'cancelled':
      return { kind, message: `已取消下载。${nothingKept}` };
    case 'storage':
      return { kind, message: `未能保存到手机。${nothingKept}请重试。` };
  }
}

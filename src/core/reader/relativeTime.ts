import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import 'dayjs/locale/zh-cn';

dayjs.extend(relativeTime);

/** "3 天前", "几秒前" — how long ago a bookmark was made, in Chinese. */
export function timeAgo(at: number, now: number = Date.now()): string {
  return dayjs(at).locale('zh-cn').from(dayjs(now));
}

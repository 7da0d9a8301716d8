import { Text, View } from '@tarojs/components';
import { openTab } from '../platform/navigation';
import { Press } from './plain';

interface Props {
  /** The block id a link asked for, when it had one. */
  id?: string;
  /** A page address the app does not have (a mistyped or outdated link). */
  route?: string;
}

/** What a link that leads nowhere shows: what was asked for, why it may be missing, and ways on. */
export function NotFound({ id, route }: Props) {
  const [title, text] = route
    ? ['找不到这个页面', `本书没有“${route}”这一页，链接可能有误。`]
    : id
      ? [
          '条目不存在',
          `本书中没有编号为“${id}”的条目。新版年鉴可能改动或删去了它，可以在目录中查找，或检索它的标题。`,
        ]
      : ['链接不完整', '这个链接没有指明要打开哪个条目，可以在目录中查找，或检索它的标题。'];
  return (
    <View className="not-found" role="alert">
      <Text className="not-found-title">{title}</Text>
      <Text className="not-found-text">{text}</Text>
      <View className="not-found-actions">
        <Press className="button primary" onClick={() => openTab('/pages/index/index')} aria-label="返回目录">
          返回目录
        </Press>
        <Press className="button" onClick={() => openTab('/pages/search/index')} aria-label="检索全书">
          检索全书
        </Press>
      </View>
    </View>
  );
}

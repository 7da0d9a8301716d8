import { View } from '@tarojs/components';
import { Press } from '../../components/plain';
import type { Placed } from '../../core/volume/model';
import { titleOf } from './titleOf';

interface Props {
  previous?: Placed;
  next?: Placed;
  onGo(id: string): void;
}

/** 上一条 / 下一条, across sections and categories. */
export function Neighbours({ previous, next, onGo }: Props) {
  return (
    <View className="neighbours">
      {previous ? (
        <Press
          className="button"
          onClick={() => onGo(previous.block.id)}
          aria-label={`上一条：${titleOf(previous.block)}`}
        >
          ‹ {titleOf(previous.block)}
        </Press>
      ) : (
        <View />
      )}
      {next ? (
        <Press
          className="button"
          onClick={() => onGo(next.block.id)}
          aria-label={`下一条：${titleOf(next.block)}`}
        >
          {titleOf(next.block)} ›
        </Press>
      ) : (
        <View />
      )}
    </View>
  );
}

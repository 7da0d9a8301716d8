import { View } from '@tarojs/components';

interface Props {
  items: string[];
  onPick(item: string): void;
  /** Words before the chips, in the same row ("相近的词："). */
  label?: string;
}

/** A row of terms to tap: search history, suggested terms, near terms. */
export function Chips({ items, onPick, label }: Props) {
  return (
    <View className="chips">
      {label && <View className="chips-label">{label}</View>}
      {items.map((item) => (
        <View key={item} className="chip" role="button" onClick={() => onPick(item)}>
          {item}
        </View>
      ))}
    </View>
  );
}

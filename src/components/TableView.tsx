import { ScrollView, Text, View } from '@tarojs/components';
import type { Table } from '../core/volume/types';

interface Props {
  table: Table;
  /** Hit ranges per row text part index (0 header, r + 1 row r), per cell. */
  hitCell?: (row: number, cell: number) => boolean;
}

/** A printed table as a grid that scrolls sideways on a narrow screen. */
export function TableView({ table, hitCell }: Props) {
  const columns = table.columns.length;
  return (
    <ScrollView scrollX className="table-scroll" enhanced showScrollbar>
      <View className="table" style={{ minWidth: `${Math.max(columns * 9, 20)}em` }}>
        <View className="tr th" id="part-0">
          {table.columns.map((c, i) => (
            <Text key={i} className="td" userSelect>
              {c}
            </Text>
          ))}
        </View>
        {table.rows.map((row, r) => (
          <View key={r} className="tr" id={`part-${r + 1}`}>
            {row.map((cell, c) => (
              <Text key={c} className={`td ${hitCell?.(r + 1, c) ? 'hit-cell' : ''}`} userSelect>
                {cell}
              </Text>
            ))}
          </View>
        ))}
      </View>
    </ScrollView>
  );
}

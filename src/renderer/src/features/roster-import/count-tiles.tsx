import { Paper, SimpleGrid, Text } from '@mantine/core';

export interface CountTile {
  id: string;
  label: string;
  value: number;
  hint: string;
  /** Mantine colour of the number; grey when the count is zero, so attention goes to what is not. */
  color?: string;
}

/** Counts as tiles: a label, a big number and one line saying what it means. */
export function CountTiles({ tiles, language }: { tiles: readonly CountTile[]; language: string }) {
  const number = new Intl.NumberFormat(language);
  return (
    <SimpleGrid cols={tiles.length} spacing="sm">
      {tiles.map((tile) => (
        <Paper key={tile.id} withBorder p="sm" radius="md" data-testid={`count-${tile.id}`}>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" lts={0.3} truncate>
            {tile.label}
          </Text>
          <Text
            fz={26}
            fw={700}
            lh={1.2}
            c={tile.value === 0 ? 'gray.5' : (tile.color ?? 'dark.7')}
            style={{ fontVariantNumeric: 'tabular-nums' }}
            aria-label={`${tile.label}: ${tile.value}`}
          >
            {number.format(tile.value)}
          </Text>
          <Text size="xs" c="dimmed" lineClamp={2} title={tile.hint}>
            {tile.hint}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

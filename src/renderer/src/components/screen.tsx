import { Box, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface ScreenProps {
  title: ReactNode;
  description?: ReactNode;
  /** Buttons and toggles at the right of the title. */
  actions?: ReactNode;
  children: ReactNode;
}

/**
 * The frame of every stage: a title row, then content that takes the rest of the window height,
 * so a table can fill it and scroll inside instead of scrolling the page.
 */
export function Screen({ title, description, actions, children }: ScreenProps) {
  return (
    <Stack h="100%" gap="md" p="lg" style={{ minHeight: 0 }}>
      <Group justify="space-between" align="flex-end" wrap="nowrap" gap="md">
        <div style={{ flex: 1, minWidth: 0 }}>
          <Title order={2} size="h3">
            {title}
          </Title>
          {description && (
            <Text c="dimmed" size="sm" mt={4}>
              {description}
            </Text>
          )}
        </div>
        {actions && (
          <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
            {actions}
          </Group>
        )}
      </Group>
      <Box style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>{children}</Box>
    </Stack>
  );
}

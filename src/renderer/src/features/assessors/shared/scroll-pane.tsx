import { Box, type BoxProps } from '@mantine/core';
import type { ReactNode } from 'react';

/** Takes the height left in a column and scrolls its content inside, never the whole window. */
export function ScrollPane({
  children,
  label,
  ...props
}: BoxProps & { children: ReactNode; label?: string }) {
  return (
    <Box
      {...props}
      role={label ? 'region' : undefined}
      aria-label={label}
      style={{ flex: 1, minHeight: 0, overflowY: 'auto', overflowX: 'auto' }}
    >
      {children}
    </Box>
  );
}

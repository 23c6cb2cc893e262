/** Providers (theme, data, i18n) around the shell. */
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createQueryClient } from '../api/hooks';
import { i18n } from '../i18n';
import { AppShellLayout } from './AppShellLayout';
import { colorSchemeManager, theme } from './theme';

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} colorSchemeManager={colorSchemeManager} defaultColorScheme="light">
        <QueryClientProvider client={queryClient}>
          <AppShellLayout />
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}

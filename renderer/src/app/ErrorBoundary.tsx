/** Shows a one-line message instead of a blank page when a page fails to render. */
import { Alert, Box } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import { i18n } from '../i18n';

interface State {
  message: string | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { message: null };
  static getDerivedStateFromError(error: unknown): State {
    return { message: error instanceof Error ? error.message : String(error) };
  }
  override render() {
    if (this.state.message === null) return this.props.children;
    return (
      <Box p="lg">
        <Alert color="red" title={i18n.t('errors.pageFailed')}>
          {this.state.message}
        </Alert>
      </Box>
    );
  }
}

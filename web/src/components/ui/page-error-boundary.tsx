import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from '../../lib/i18n';

interface Props {
  children: ReactNode;
}

/**
 * Keeps one page's rendering failure inside that page: the header, navigation and the other
 * pages stay usable, and the message offers to draw the page again. Keyed by path where it is
 * used, so moving to another page starts clean.
 */
export class PageErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // The console is where a bureau's IT staff look first; the stack names the component.
    console.error('page failed to render', error, info.componentStack);
  }

  override render() {
    if (this.state.error)
      return <PageFailed error={this.state.error} onRetry={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}

function PageFailed({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="error-message page-error">
      <h1>{t('page.failed')}</h1>
      <details className="error-message__detail">
        <summary>{t('error.detail')}</summary>
        {error.message}
      </details>
      <button type="button" className="button" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </div>
  );
}

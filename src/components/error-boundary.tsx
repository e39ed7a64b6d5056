import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Shown in place of the part that failed. */
  message: string;
  children: ReactNode;
}

/**
 * Contains a failure to one part of the page: that part shows a short message
 * and everything else keeps working. (React has no hook for this yet.)
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept for whoever opens the console; nothing is sent anywhere.
    console.warn('A part of the page failed:', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <p className="error-boundary" role="status">
        {this.props.message}
      </p>
    );
  }
}

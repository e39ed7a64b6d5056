import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Shown in place of the part that failed. */
  message: string;
  /** A way on from there, where the part was the whole page (a button). */
  action?: ReactNode;
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
    const message = (
      <p className="error-boundary" role="status">
        {this.props.message}
      </p>
    );
    if (!this.props.action) return message;
    return (
      <div className="error-boundary__page">
        {message}
        {this.props.action}
      </div>
    );
  }
}

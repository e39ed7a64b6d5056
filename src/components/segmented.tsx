interface Option<T extends string> {
  value: T;
  label: string;
}

interface Props<T extends string> {
  /** The group's accessible name. */
  label: string;
  /** Shown before the options (hidden from screen readers, which hear the group's name). */
  visibleLabel?: string;
  options: readonly Option<T>[];
  value: T;
  onChange: (value: T) => void;
  className?: string;
  /** Until the app runs (the options need script). */
  disabled?: boolean;
}

/** A row of toggle buttons of which exactly one is pressed (map/list). */
export function Segmented<T extends string>({
  label,
  visibleLabel,
  options,
  value,
  onChange,
  className = '',
  disabled = false,
}: Props<T>) {
  return (
    <div className={`segmented ${className}`.trim()} role="group" aria-label={label}>
      {visibleLabel ? (
        <span className="segmented__label" aria-hidden="true">
          {visibleLabel}
        </span>
      ) : null}
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className="segmented__option"
          aria-pressed={value === option.value}
          disabled={disabled}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}

import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import { IconButton, InputAdornment, TextField, type TextFieldProps } from '@mui/material';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { dayText, readDay } from './dates';

export interface DayTextFieldProps extends Pick<TextFieldProps, 'size' | 'sx' | 'fullWidth' | 'required' | 'id' | 'name' | 'className'> {
  label: ReactNode;
  /** The words the calendar button is named by, for screen readers and tests: "Due date". */
  accessibleLabel: string;
  /** A stored day: "2027-09-07", or the midnight timestamp a day is kept as. */
  value: string | null | undefined;
  /** The day read (2027-09-07), null for an emptied box, or the typed text itself when it is no day, so a form refuses it. */
  onChange: (value: string | null) => void;
  onBlur?: () => void;
  /** The latest day allowed, as 2027-09-07. */
  max?: string;
  /** A problem the form found; the box shows its own when the text is no day. */
  error?: ReactNode;
  helperText?: ReactNode;
}

/**
 * A day typed as people write it (7 Sep 2027, 7/9/2027, 07-09-2027, 2027-09-07; numeric order day first) or chosen
 * from the browser's calendar, and shown back as the admin writes every day. The text is read when the person leaves
 * the box or presses Enter, not while typing: "7/9/20" is on its way to 2027, not a day of the year 20.
 */
export const DayTextField = ({ label, accessibleLabel, value, onChange, onBlur, max, error, helperText, ...rest }: DayTextFieldProps) => {
  const [text, setText] = useState(() => dayText(value));
  const [problem, setProblem] = useState<string>();
  const calendar = useRef<HTMLInputElement>(null);
  // What this box last handed to its owner: a value that differs came from outside (a loaded record, a reset filter).
  const handed = useRef<string | null | undefined>(value);
  useEffect(() => {
    if (value === handed.current) return;
    handed.current = value;
    setText(dayText(value));
    setProblem(undefined);
  }, [value]);

  const hand = (next: string | null) => {
    handed.current = next;
    onChange(next);
  };

  const commit = (typed: string) => {
    const reading = readDay(typed);
    if ('empty' in reading) {
      setProblem(undefined);
      setText('');
      hand(null);
    } else if ('problem' in reading) {
      setProblem(reading.problem);
      hand(typed);
    } else if (max && reading.day > max) {
      setProblem(`The latest day allowed is ${dayText(max)}`);
      hand(typed);
    } else {
      setProblem(undefined);
      setText(dayText(reading.day));
      hand(reading.day);
    }
  };

  const openCalendar = () => {
    const input = calendar.current;
    if (!input) return;
    try {
      input.showPicker();
    } catch {
      // A browser without showPicker still opens its calendar on a click.
      input.click();
    }
  };

  const shown = error ?? problem;
  const storedDay = value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : '';
  return (
    <TextField
      {...rest}
      label={label}
      value={text}
      placeholder="7 Sep 2027"
      onChange={(event) => setText(event.target.value)}
      onBlur={() => {
        commit(text);
        onBlur?.();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit(text);
      }}
      error={Boolean(shown)}
      helperText={shown ?? helperText}
      slotProps={{
        inputLabel: { shrink: true },
        input: {
          endAdornment: (
            <InputAdornment position="end" sx={{ position: 'relative' }}>
              <IconButton size="small" edge="end" aria-label={`Choose ${accessibleLabel} from a calendar`} onClick={openCalendar}>
                <CalendarMonthIcon fontSize="small" />
              </IconButton>
              {/* The browser's own calendar, kept under the button (which names it to screen readers): it opens from there and
                  hands back an ISO day. */}
              <input
                ref={calendar}
                type="date"
                tabIndex={-1}
                aria-hidden
                data-calendar-for={accessibleLabel}
                value={storedDay}
                max={max}
                onChange={(event) => commit(event.target.value)}
                style={{ position: 'absolute', left: 0, bottom: 0, width: 1, height: 1, opacity: 0, border: 0, padding: 0 }}
              />
            </InputAdornment>
          ),
        },
      }}
    />
  );
};
